// PDF → ExtractedDocument through pdf.js text content. Nothing is fetched: no font faces,
// no system fonts, no CMaps, no streaming; eval is off.
import { ImportError } from '../domain/import.js';
import { parseDate } from '../domain/text/dates.js';
import type { ExtractedDocument } from '../domain/text/draft.js';
import { layoutPdfText, type TextRun } from '../domain/text/pdf-layout.js';
import { loadPdfJs } from './pdf-worker.js';

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
}

/** PDF dates look like D:20240603120000Z. */
function pdfDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function reasonFor(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'is password-protected; remove the password and import it again';
  if (name === 'InvalidPDFException') return 'is not a valid PDF file';
  return `could not be read as a PDF (${error instanceof Error ? error.message : String(error)})`;
}

export async function extractPdf(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedDocument> {
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
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      throw new ImportError(fileName, reasonFor(error));
    }
    const runs: TextRun[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ page: p, text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height, endOfLine: item.hasEOL });
      }
      page.cleanup();
    }
    const layout = layoutPdfText(runs);
    if (layout.markdown.trim() === '' && layout.title === '') {
      throw new ImportError(fileName, 'has no text layer (is it a scanned image?); run it through OCR first');
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as PdfInfo;
    return {
      title: layout.title || text(info.Title),
      subtitle: '',
      byline: text(info.Author),
      markdown: layout.markdown,
      sourceName: '',
      url: '',
      publishedAt: pdfDate(info.CreationDate),
    };
  } finally {
    await task.destroy();
  }
}
