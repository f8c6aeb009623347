// The pictures a PDF page paints, taken as pdf.js decoded them and written out as PNG (the pixels
// and nothing else), with the alt text its structure tree gives the page's figures, in order.
// Bounded: pdf.js itself refuses images above MAX_IMAGE_PIXELS (maxImageSize), icons and
// spacers are skipped, and at most MAX_IMAGES_PER_DOCUMENT are taken from one file.
import { MAX_IMAGES_PER_DOCUMENT, refuseDecoded } from '../domain/images/limits.js';

/** A picture from a PDF page, as PNG bytes. */
export interface PdfImage {
  page: number;
  bytes: Uint8Array;
  alt: string;
}

interface ObjStore {
  get(id: string, callback: (data: unknown) => void): unknown;
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

/** The parts of a pdf.js page this module reads. */
export interface PdfPageLike {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  getStructTree(): Promise<StructNode | null>;
  objs: ObjStore;
  commonObjs: ObjStore;
}

interface DecodedImage {
  width: number;
  height: number;
  bitmap?: ImageBitmap;
  data?: Uint8Array | Uint8ClampedArray;
  kind?: number;
}

/** pdf.js's ImageKind: 1 bit grey, RGB and RGBA, 8 bits a channel. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;

function rgba({ width, height, data, kind }: DecodedImage): Uint8ClampedArray<ArrayBuffer> | null {
  if (!data) return null;
  const out = new Uint8ClampedArray(width * height * 4);
  if (kind === RGB_24BPP) {
    for (let i = 0, j = 0; j < out.length; i += 3, j += 4) out.set([data[i]!, data[i + 1]!, data[i + 2]!, 255], j);
  } else if (kind === GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
        out.set([v, v, v, 255], (y * width + x) * 4);
      }
    }
  } else out.set(data.subarray(0, out.length));
  return out;
}

async function toPng(image: DecodedImage): Promise<Uint8Array | null> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  if (image.bitmap) context.drawImage(image.bitmap, 0, 0);
  else {
    const pixels = rgba(image);
    if (!pixels) return null;
    context.putImageData(new ImageData(pixels, image.width, image.height), 0, 0);
  }
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

function figureAlts(node: StructNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.role === 'Figure') out.push(node.alt?.trim() ?? '');
  for (const child of node.children ?? []) figureAlts(child, out);
  return out;
}

const objectOf = (store: ObjStore, id: string) => new Promise<unknown>((resolve) => store.get(id, resolve));

/** The pictures one page paints, at most `room` of them; none where there is no canvas (Node). */
export async function pageImages(page: PdfPageLike, pageNumber: number, paintImage: number, room = MAX_IMAGES_PER_DOCUMENT): Promise<PdfImage[]> {
  if (room <= 0 || typeof OffscreenCanvas === 'undefined') return [];
  const ops = await page.getOperatorList();
  const ids = ops.fnArray.flatMap((fn, i) => (fn === paintImage ? [String((ops.argsArray[i] as unknown[])[0])] : []));
  if (ids.length === 0) return [];
  const alts = figureAlts(await page.getStructTree().catch(() => null));
  const images: PdfImage[] = [];
  for (const [n, id] of [...new Set(ids)].entries()) {
    if (images.length >= room) break;
    const image = (await objectOf(id.startsWith('g_') ? page.commonObjs : page.objs, id)) as DecodedImage | null;
    if (!image || refuseDecoded(image.width, image.height) !== null) continue;
    const bytes = await toPng(image).catch(() => null);
    if (bytes) images.push({ page: pageNumber, bytes, alt: alts[n] || `Picture from page ${pageNumber}` });
  }
  return images;
}
