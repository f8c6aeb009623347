// Re-encodes the images a file carried, on the main thread's image decoder: decoding them and
// drawing them onto a fresh canvas keeps the pixels and nothing else (no EXIF, no location, no
// comments, no colour-profile tricks). An image that is too large, declares too many pixels or
// does not decode is left out: its alt text stands in, and the reason goes into the import report.
import { imageDimensions } from '../domain/images/dimensions.js';
import { pictureAlt, type ImportProblem, type PictureProblem } from '../domain/import-problems.js';
import { dropImage, MAX_IMAGE_BYTES, refuseDecoded, storedSize, storedTypeFor, withoutImage, type BriefImage, type SourceImage } from '../domain/images/limits.js';

export type StoredImage = Omit<BriefImage, 'briefId'>;

export interface Reencoded {
  markdown: string;
  images: StoredImage[];
  /** Why images were left out, one problem each. */
  notes: ImportProblem[];
}

/** A re-encoded image, or why it was refused ('tiny' is left out without a word). */
async function reencode(image: SourceImage): Promise<StoredImage | PictureProblem | 'tiny'> {
  const declared = imageDimensions(image.bytes);
  if (!declared) return { code: 'damaged' };
  const refused = refuseDecoded(declared.width, declared.height);
  if (refused) return refused;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([image.bytes as BlobPart], { type: image.mime }));
  } catch {
    return { code: 'undecodable' };
  }
  try {
    const decodedRefusal = refuseDecoded(bitmap.width, bitmap.height);
    if (decodedRefusal) return decodedRefusal;
    const size = storedSize(bitmap.width, bitmap.height);
    const canvas = new OffscreenCanvas(size.width, size.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
    const mime = storedTypeFor(image.mime);
    const blob = await canvas.convertToBlob({ type: mime, quality: 0.88 });
    if (blob.size > MAX_IMAGE_BYTES) return { code: 'stillTooLarge', mb: MAX_IMAGE_BYTES / 1024 / 1024 };
    return { id: image.id, mime, bytes: new Uint8Array(await blob.arrayBuffer()), ...size, alt: image.alt };
  } finally {
    bitmap.close();
  }
}

/** The images that could be re-encoded, and the Markdown with the others marked as left out. */
export async function reencodeImages(markdown: string, images: readonly SourceImage[]): Promise<Reencoded> {
  const out: Reencoded = { markdown, images: [], notes: [] };
  for (const image of images) {
    const result = typeof createImageBitmap === 'function' ? await reencode(image) : ({ code: 'notHere' } as const);
    if (result === 'tiny') {
      out.markdown = dropImage(out.markdown, image.id);
      continue;
    }
    if ('bytes' in result) {
      out.images.push(result);
      continue;
    }
    out.markdown = withoutImage(out.markdown, image.id);
    out.notes.push({ code: 'pictureLeftOut', alt: pictureAlt(image.alt), why: result });
  }
  return out;
}
