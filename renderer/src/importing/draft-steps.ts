// The import steps that parse what a file holds: decoding, HTML and Word extraction, structure,
// clean-up, metadata and topics. They run in the draft worker (draft.worker.ts), and in-process
// where there are no workers (Node, the unit tests); HTML is parsed into linkedom's DOM there
// (html-dom.ts). Text that cannot be formatted (complexity.ts) skips structure and clean-up and
// becomes a plain-text brief, so every path stays linear in the text's length.
import { ImportError, type BriefDraft } from '../domain/import.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { whyUnformattable, type Unformattable } from '../domain/text/complexity.js';
import { checkBriefLength } from '../domain/text/guards.js';
import { parseDate } from '../domain/text/dates.js';
import { decodeImport } from './encoding.js';
import { buildDraft, type ExtractedDocument } from '../domain/text/draft.js';
import { readMarkdownSource } from '../domain/text/markdown-source.js';
import { layoutPdfText, type TextRun } from '../domain/text/pdf-layout.js';
import { structurePlainText } from '../domain/text/structure.js';
import type { TopicLexicon } from '../domain/text/topics.js';
import { htmlAsText, whyHtmlUnformattable, type HtmlUnformattable } from './html-complexity.js';
import { ImageCollector } from './image-collector.js';
import { readLocalPictures, type PickedPicture } from './local-pictures.js';
import type { PdfImage } from './pdf-images.js';
import { imageMarkdown, imageRef, type SourceImage } from '../domain/images/limits.js';

/** Why a brief was imported as plain text: its text or HTML could not be formatted, or formatting ran out of time. */
export type PlainTextReason = Unformattable | HtmlUnformattable | 'timeout';

/** What a PDF's document information says, read beside its text runs. */
export interface PdfInfo {
  title: string;
  author: string;
  creationDate: string;
}

export type DraftRequest = (
  | { kind: 'text' | 'markdown' | 'docx'; bytes: Uint8Array }
  /** A saved page, with its path within what was picked and the pictures picked with it. */
  | { kind: 'html'; bytes: Uint8Array; path?: string; pictures?: readonly PickedPicture[] }
  /** A paste: its HTML flavour is preferred (it keeps structure), its text when the HTML has none. */
  | { kind: 'paste'; html: string; text: string }
  /** A PDF: its text runs, and the pictures its pages paint (they follow its text, in page order). */
  | { kind: 'pdf'; runs: TextRun[]; info: PdfInfo; images?: PdfImage[] }
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
  /** Images the file carried inside it, as read (the main thread re-encodes them), referred to from the Markdown by id. */
  images: SourceImage[];
  /** Why images were left out, a sentence each. */
  imageNotes: ImportProblem[];
  /** Paths of the pictures picked with a page that the page took (they are not imported on their own). */
  usedPictures: string[];
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

// The HTML and Word extractors load on first use: a text import never loads linkedom or mammoth.
const htmlExtractor = () => import('./html.js');

type Extracted = { doc: ExtractedDocument; unformattable: Unformattable | HtmlUnformattable | null };

const extracted = (doc: ExtractedDocument): Extracted => ({ doc, unformattable: whyUnformattable(doc.markdown) });

/** Structures a text as plain text or Markdown; text that cannot be formatted is returned untouched. */
function fromText(kind: 'text' | 'markdown', text: string, plain: boolean | undefined): Extracted {
  const unformattable = whyUnformattable(text);
  if (unformattable || plain) return { doc: asDocument(text), unformattable };
  return extracted(kind === 'text' ? { ...structurePlainText(text), page: true } : { ...readMarkdownSource(text), subtitle: '' });
}

/**
 * HTML through the DOM steps, or, when it is nested too deeply or too large for them (or they ran
 * out of time: `plain`), its words taken without a DOM, as plain text.
 */
async function fromHtml(fileName: string, html: string, extractArticle: boolean, plain: boolean | undefined, images: ImageCollector): Promise<Extracted> {
  const unformattable = whyHtmlUnformattable(html);
  if (unformattable || plain) return { doc: asDocument(htmlAsText(html)), unformattable };
  return extracted((await htmlExtractor()).extractHtml(fileName, html, { extractArticle, images }));
}

/** Decodes, extracts and structures a file. */
async function extract(request: DraftRequest, progress: Progress, images: ImageCollector): Promise<Extracted> {
  const fileName = request.name || PASTE;
  switch (request.kind) {
    case 'pdf': {
      const layout = layoutPdfText(request.runs);
      if (layout.markdown.trim() === '' && layout.title === '') {
        throw new ImportError(fileName, { code: 'noTextLayer' });
      }
      const { info } = request;
      const figures = (request.images ?? []).flatMap((image) => {
        const id = images.add(image.bytes, image.alt);
        return images.has(id) ? [imageMarkdown(image.alt, imageRef(id))] : [];
      });
      const markdown = [layout.markdown, ...figures].join('\n\n');
      return extracted({ ...asDocument(markdown), title: layout.title || info.title, byline: info.author, publishedAt: pdfDate(info.creationDate) });
    }
    case 'html': {
      const html = (await decodeImport(fileName, request.bytes, { html: true })).text;
      if (request.pictures?.length) images.useLocal(await readLocalPictures(request.path ?? fileName, html, request.pictures));
      progress(0.1);
      return fromHtml(fileName, html, true, request.plain, images);
    }
    case 'docx':
      return extracted(await (await import('./docx.js')).extractDocx(fileName, request.bytes, images));
    case 'paste': {
      if (request.html.trim() !== '') {
        const fromPaste = await fromHtml(PASTE, request.html, false, request.plain, images);
        if (fromPaste.doc.markdown.trim() !== '') return fromPaste;
      }
      if (request.text.trim() === '') throw new ImportError(PASTE, { code: 'clipboardEmpty' });
      return fromText('text', request.text, request.plain);
    }
    case 'text':
    case 'markdown': {
      const text = (await decodeImport(fileName, request.bytes)).text;
      progress(0.15);
      return fromText(request.kind, text, request.plain);
    }
  }
}

export async function draftFrom(request: DraftRequest, progress: Progress = () => undefined): Promise<DraftResult> {
  const images = new ImageCollector();
  const { doc, unformattable } = await extract(request, progress, images);
  progress(0.35);
  const plainText: PlainTextReason | null = unformattable ?? (request.plain ? 'timeout' : null);
  const draft = await buildDraft(doc, request.name, { lexicon: request.lexicon, asPlainText: plainText !== null, progress: (done) => progress(0.35 + 0.65 * done) });
  checkBriefLength(request.name || 'Pasted text', draft.markdown);
  // A body kept as plain text shows no images: their references would be shown as source.
  const kept = plainText === null ? images.images.filter((image) => draft.markdown.includes(image.id)) : [];
  return { draft, plainText, images: kept, imageNotes: images.skipped, usedPictures: images.usedPictures };
}
