// DOCX → HTML with mammoth (no external file access; embedded pictures are taken by the image
// collector and referred to by id), then the same sanitize → Markdown path as any HTML.
import { ImportError } from '../domain/import.js';
import type { ExtractedDocument } from '../domain/text/draft.js';
import { imageRef } from '../domain/images/limits.js';
import { extractHtml } from './html.js';
import type { ImageCollector } from './image-collector.js';

export async function extractDocx(fileName: string, bytes: Uint8Array, images: ImageCollector): Promise<ExtractedDocument> {
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = bytes.slice().buffer;
  let html: string;
  try {
    // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer`; both take an ArrayBuffer.
    const input = { arrayBuffer, buffer: arrayBuffer as unknown as Buffer };
    const result = await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        const id = images.add(new Uint8Array(await image.readAsArrayBuffer()), (image as { altText?: string }).altText ?? '');
        return { src: imageRef(id) };
      }),
    });
    html = result.value;
  } catch (error) {
    throw new ImportError(fileName, `is not a readable Word document (${error instanceof Error ? error.message : String(error)})`);
  }
  // The first heading becomes the title (extractHtml), and clean-up drops its repeat in the body.
  return extractHtml(fileName, `<body>${html}</body>`, { extractArticle: false, images });
}
