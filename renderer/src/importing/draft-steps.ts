// The text-heavy import steps: decoding, structure, clean-up, metadata and topics. They need no
// DOM, so they run in the draft worker (draft.worker.ts), and in-process where there are no
// workers (Node, the unit tests). Text that cannot be formatted (complexity.ts) skips structure
// and clean-up and becomes a plain-text brief, so every path stays linear in the text's length.
import { ImportError, type BriefDraft } from '../domain/import.js';
import { whyUnformattable, type Unformattable } from '../domain/text/complexity.js';
import { parseDate } from '../domain/text/dates.js';
import { decodeText } from '../domain/text/decode.js';
import { buildDraft, type ExtractedDocument } from '../domain/text/draft.js';
import { readMarkdownSource } from '../domain/text/markdown-source.js';
import { layoutPdfText, type TextRun } from '../domain/text/pdf-layout.js';
import { structurePlainText } from '../domain/text/structure.js';
import type { TopicLexicon } from '../domain/text/topics.js';

/** Why a brief was imported as plain text: its text could not be formatted, or formatting ran out of time. */
export type PlainTextReason = Unformattable | 'timeout';

/** What a PDF's document information says, read beside its text runs. */
export interface PdfInfo {
  title: string;
  author: string;
  creationDate: string;
}

export type DraftRequest = (
  | { kind: 'text' | 'markdown'; bytes: Uint8Array }
  | { kind: 'document'; doc: ExtractedDocument }
  | { kind: 'pdf'; runs: TextRun[]; info: PdfInfo }
) & {
  /** The file's name ('' for a paste). */
  name: string;
  lexicon?: TopicLexicon;
  /** Skip straight to plain text (the formatted attempt ran out of time). */
  plain?: boolean;
};

export interface DraftResult {
  draft: BriefDraft;
  /** Set when the body is kept as plain text instead of being read as Markdown. */
  plainText: PlainTextReason | null;
}

/** Reports how much of the work is done, from 0 to 1. */
export type Progress = (done: number) => void;

const PASTE = 'Pasted text';

/** PDF dates look like D:20240603120000Z. */
function pdfDate(value: string): string | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})/.exec(value);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function asDocument(markdown: string): ExtractedDocument {
  return { title: '', subtitle: '', byline: '', markdown, sourceName: '', url: '', publishedAt: null };
}

/** Decodes and structures a file; text that cannot be formatted is returned untouched. */
function extract(request: DraftRequest, progress: Progress): { doc: ExtractedDocument; unformattable: Unformattable | null } {
  const fileName = request.name || PASTE;
  switch (request.kind) {
    case 'document':
      return { doc: request.doc, unformattable: whyUnformattable(request.doc.markdown) };
    case 'pdf': {
      const layout = layoutPdfText(request.runs);
      if (layout.markdown.trim() === '' && layout.title === '') {
        throw new ImportError(fileName, 'has no text layer (is it a scanned image?); run it through OCR first');
      }
      const { info } = request;
      const doc = { ...asDocument(layout.markdown), title: layout.title || info.title, byline: info.author, publishedAt: pdfDate(info.creationDate) };
      return { doc, unformattable: whyUnformattable(doc.markdown) };
    }
    case 'text':
    case 'markdown': {
      const text = decodeText(fileName, request.bytes).text;
      progress(0.15);
      const unformattable = whyUnformattable(text);
      if (unformattable || request.plain) return { doc: asDocument(text), unformattable };
      const doc = request.kind === 'text' ? { ...structurePlainText(text), page: true } : { ...readMarkdownSource(text), subtitle: '' };
      return { doc, unformattable: whyUnformattable(doc.markdown) };
    }
  }
}

export async function draftFrom(request: DraftRequest, progress: Progress = () => undefined): Promise<DraftResult> {
  const { doc, unformattable } = extract(request, progress);
  progress(0.35);
  const plainText: PlainTextReason | null = unformattable ?? (request.plain ? 'timeout' : null);
  const draft = await buildDraft(doc, request.name, { lexicon: request.lexicon, asPlainText: plainText !== null, progress: (done) => progress(0.35 + 0.65 * done) });
  return { draft, plainText };
}
