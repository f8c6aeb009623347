// DOCX → HTML with mammoth (no external file access; embedded pictures are taken by the image
// collector and referred to by id), then the same sanitize → Markdown path as any HTML.
import { ImportError } from '../domain/import.js';
import type { ExtractedDocument } from '../domain/text/draft.js';
import { imageRef } from '../domain/images/limits.js';
import { extractHtml } from './html.js';
import { parseHtmlDocument } from './html-dom.js';
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
      // Word's built-in Title style is the document's title; mammoth would otherwise make it a plain paragraph.
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p.subtitle:fresh"],
      convertImage: mammoth.images.imgElement(async (image) => {
        const id = images.add(new Uint8Array(await image.readAsArrayBuffer()), (image as { altText?: string }).altText ?? '');
        return { src: imageRef(id) };
      }),
    });
    html = result.value;
  } catch (error) {
    throw new ImportError(fileName, { code: 'notWord', detail: error instanceof Error ? error.message : String(error) });
  }
  // The first heading becomes the title (extractHtml), and clean-up drops its repeat in the body.
  const { body, subtitle } = takeSubtitle(html);
  return { ...extractHtml(fileName, `<body>${body}</body>`, { extractArticle: false, images }), subtitle };
}

/** The first paragraph in Word's Subtitle style is the brief's subtitle, not body text. */
function takeSubtitle(html: string): { body: string; subtitle: string } {
  const doc = parseHtmlDocument(`<body>${html}</body>`);
  const paragraph = doc.querySelector('p.subtitle');
  if (!paragraph) return { body: html, subtitle: '' };
  paragraph.remove();
  return { body: doc.body.innerHTML, subtitle: (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim() };
}
