// The import pipeline's entry points: a file or a paste in, a clean BriefDraft out.
import { BY_EXTENSION, ImportError, SUPPORTED_EXTENSIONS, type BriefDraft, type Format, type ImportInput } from '../domain/import.js';
import { decodeText } from '../domain/text/decode.js';
import { buildDraft, type ExtractedDocument } from '../domain/text/draft.js';
import { checkSize, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../domain/text/guards.js';
import { readMarkdownSource } from '../domain/text/markdown-source.js';
import { structurePlainText } from '../domain/text/structure.js';
import type { TopicLexicon } from '../domain/text/topics.js';
// The extractors load on first use: Readability, Turndown, pdf.js and mammoth stay out of start-up.
const htmlExtractor = () => import('./html.js');

export { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL };
export { ImportError, SUPPORTED_EXTENSIONS };
export type { BriefDraft, ImportInput };

const BY_MIME: Record<string, Format> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** The extension decides; the MIME type only helps when the name has no known extension. */
export function formatOf(input: ImportInput): Format {
  const ext = /\.[^./\\]+$/.exec(input.name.toLowerCase())?.[0] ?? '';
  const format = BY_EXTENSION[ext] ?? BY_MIME[(input.type ?? '').split(';')[0]!.trim().toLowerCase()];
  if (format) return format;
  const what = ext ? `"${ext}" files are not supported` : 'has no file extension Chancery recognises';
  throw new ImportError(input.name, `${what}; import ${SUPPORTED_EXTENSIONS.join(', ')}`);
}

function fromPlainText(text: string): ExtractedDocument {
  return { ...structurePlainText(text), page: true };
}

async function extract(input: ImportInput, format: Format, signal?: AbortSignal): Promise<ExtractedDocument> {
  const { name, bytes } = input;
  switch (format) {
    case 'text':
      return fromPlainText(decodeText(name, bytes).text);
    case 'markdown': {
      const md = readMarkdownSource(decodeText(name, bytes).text);
      return { ...md, subtitle: '' };
    }
    case 'html':
      return (await htmlExtractor()).extractHtml(name, decodeText(name, bytes, { html: true }).text, { extractArticle: true });
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(name, bytes, signal);
    case 'docx':
      return (await import('./docx.js')).extractDocx(name, bytes);
  }
}

/** Imports one file. Throws ImportError with a reason a user can act on; AbortError when cancelled. */
export interface ImportOptions {
  signal?: AbortSignal;
  /** The user's topic lexicon; the built-in one when absent. */
  lexicon?: TopicLexicon;
}

export async function importDocument(input: ImportInput, opts: ImportOptions = {}): Promise<BriefDraft> {
  opts.signal?.throwIfAborted();
  const format = formatOf(input);
  checkSize(input.name, input.bytes);
  const doc = await extract(input, format, opts.signal);
  opts.signal?.throwIfAborted();
  return buildDraft(doc, input.name, opts.lexicon);
}

const PASTE = 'Pasted text';

/** A paste becomes a new brief; the HTML flavour is preferred because it keeps structure. */
export async function importPaste(text: string, html?: string): Promise<BriefDraft> {
  if (html && html.trim() !== '') {
    const doc = (await htmlExtractor()).extractHtml(PASTE, html, { extractArticle: false });
    if (doc.markdown.trim() !== '') return buildDraft(doc, '');
  }
  if (text.trim() === '') throw new ImportError(PASTE, 'there is nothing to import: the clipboard has no text');
  return buildDraft(fromPlainText(text), '');
}
