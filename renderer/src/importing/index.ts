// The import pipeline's entry points: a file or a paste in, a clean BriefDraft out.
import { BY_EXTENSION, fileEnding, ImportError, SUPPORTED_EXTENSIONS, type BriefDraft, type Format, type ImportInput } from '../domain/import.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { checkSize, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../domain/text/guards.js';
import type { TopicLexicon } from '../domain/text/topics.js';
import { draftOffThread, suggestOffThread } from './draft-in-worker.js';
import type { DraftRequest, DraftResult, PlainTextReason, Progress } from './draft-steps.js';
import { reencodeImages, type StoredImage } from './reencode-images.js';
import type { PickedPicture } from './local-pictures.js';

export { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL };
export { ImportError, SUPPORTED_EXTENSIONS };
export type { BriefDraft, DraftResult, ImportInput, PickedPicture, PlainTextReason, Progress, StoredImage };

/** A file to import; a saved page may come with its path within the pick and the pictures picked with it. */
export interface FileInput extends ImportInput {
  path?: string;
  pictures?: readonly PickedPicture[];
}

/** A draft ready to store: its images re-encoded, those left out pointing nowhere in its Markdown. */
export interface ImportedDraft {
  draft: BriefDraft;
  plainText: PlainTextReason | null;
  images: StoredImage[];
  /** Why images were left out, a sentence each. */
  imageNotes: ImportProblem[];
  /** Paths of the pictures picked with a page that the page took. */
  usedPictures: string[];
}

async function withImages(result: DraftResult): Promise<ImportedDraft> {
  const { draft, plainText, images, imageNotes, usedPictures } = result;
  const reencoded = await reencodeImages(draft.markdown, images);
  return { draft: { ...draft, markdown: reencoded.markdown }, plainText, images: reencoded.images, imageNotes: [...imageNotes, ...reencoded.notes], usedPictures };
}
export { suggestOffThread };

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
  const ext = fileEnding(input.name);
  const format = BY_EXTENSION[ext] ?? BY_MIME[(input.type ?? '').split(';')[0]!.trim().toLowerCase()];
  if (format) return format;
  throw new ImportError(input.name, { code: 'unsupported', ending: ext, supported: SUPPORTED_EXTENSIONS.join(', ') });
}

/** Imports one file. Throws ImportError with a reason a user can act on; AbortError when cancelled. */
export interface ImportOptions {
  signal?: AbortSignal;
  /** The user's topic lexicon; the built-in one when absent. */
  lexicon?: TopicLexicon;
  /** Told how much of the file is done, from 0 to 1. */
  progress?: Progress;
}

/** pdf.js reads a PDF here (it parses in a worker of its own); everything else is sent to the draft worker as it is. */
async function request(input: FileInput, format: Format, signal?: AbortSignal, progress: Progress = () => undefined): Promise<{ request: DraftRequest; done: number }> {
  const { name, bytes } = input;
  if (format === 'html') return { request: { kind: format, name, bytes, path: input.path, pictures: input.pictures }, done: 0 };
  if (format !== 'pdf') return { request: { kind: format, name, bytes }, done: 0 };
  const { runs, info, images } = await (await import('./pdf.js')).readPdf(name, bytes, signal, (pages) => progress(0.6 * pages));
  return { request: { kind: 'pdf', name, runs, info, images }, done: 0.6 };
}

export async function importDocument(input: FileInput, opts: ImportOptions = {}): Promise<ImportedDraft> {
  const { signal, lexicon, progress = () => undefined } = opts;
  signal?.throwIfAborted();
  const format = formatOf(input);
  checkSize(input.name, input.bytes);
  const { request: req, done } = await request(input, format, signal, progress);
  signal?.throwIfAborted();
  return withImages(await draftOffThread({ ...req, lexicon }, { signal, progress: (d) => progress(done + (1 - done) * d) }));
}

/** A paste becomes a new brief; the HTML flavour is preferred because it keeps structure. */
export async function importPaste(text: string, html?: string): Promise<ImportedDraft> {
  return withImages(await draftOffThread({ kind: 'paste', name: '', html: html ?? '', text }));
}
