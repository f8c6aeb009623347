// PDF → text runs and document information through pdf.js, which parses in its own worker. Laying
// the runs out as Markdown happens in the draft worker (draft-steps.ts). Nothing is fetched: no
// font faces, no system fonts, no CMaps, no streaming; eval is off.
import { ImportError } from '../domain/import.js';
import type { ImportProblem } from '../domain/import-problems.js';
import type { TextRun } from '../domain/text/pdf-layout.js';
import type { PdfInfo, Progress } from './draft-steps.js';
import { loadPdfJs } from './pdf-worker.js';
import { MAX_IMAGE_PIXELS, MAX_IMAGES_PER_DOCUMENT } from '../domain/images/limits.js';
import { pageImages, type PdfImage, type PdfPageLike } from './pdf-images.js';

interface PdfDocumentInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function problemOf(error: unknown): ImportProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return { code: 'pdfPassword' };
  if (name === 'InvalidPDFException') return { code: 'pdfInvalid' };
  return { code: 'pdfUnreadable', detail: error instanceof Error ? error.message : String(error) };
}

export interface PdfText {
  runs: TextRun[];
  info: PdfInfo;
  /** The pictures its pages paint, as PNG. */
  images: PdfImage[];
}

/** Reads every page's text runs, reporting pages done as progress (0 to 1). */
export async function readPdf(fileName: string, bytes: Uint8Array, signal?: AbortSignal, progress?: Progress): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    // Larger images are never decoded (a decompression bomb); their pages keep their text.
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new ImportError(fileName, problemOf(error));
    }
    const runs: TextRun[] = [];
    const images: PdfImage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ page: p, text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height, endOfLine: item.hasEOL });
      }
      images.push(...(await pageImages(page as unknown as PdfPageLike, p, pdfjs.OPS.paintImageXObject, MAX_IMAGES_PER_DOCUMENT - images.length)));
      page.cleanup();
      progress?.(p / doc.numPages);
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as PdfDocumentInfo;
    return { runs, images, info: { title: text(info.Title), author: text(info.Author), creationDate: text(info.CreationDate) } };
  } finally {
    await task.destroy();
  }
}
