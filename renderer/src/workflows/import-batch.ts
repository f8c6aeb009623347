// Imports a batch of files one by one: each file is read, converted and stored on its own, so a
// bad file is reported and skipped while the rest of the batch goes on.
import { importDocument, suggestOffThread, type PickedPicture, type PlainTextReason } from '../importing/index.js';
import { BY_EXTENSION, fileEnding, ImportError } from '../domain/import.js';
import { describeImportProblem } from '../domain/import-problems.js';
import type { Language } from '../domain/language/languages.js';
import type { TopicLexicon } from '../domain/text/topics.js';
import { storeImportedBrief } from '../data/briefs.js';
import { withTopics } from '../domain/items/new-suggestions.js';
import { describeStorageError } from '../data/storage-errors.js';
import { renderedText } from '../rendering/markdown.js';
import type { BatchSource } from './batch-source.js';

export type FileStatus = 'waiting' | 'working' | 'imported' | 'updated' | 'duplicate' | 'failed' | 'cancelled';

export interface FileReport {
  name: string;
  status: FileStatus;
  briefId?: string;
  title?: string;
  reason?: string;
  /** How much of the file is done (0 to 1) while it is being worked on. */
  progress?: number;
  /** Set when the brief was kept as plain text, and why. */
  plainText?: PlainTextReason;
  /** Images the file carried that were left out, and why, a sentence each in the batch's language. */
  imageNotes?: string[];
}

function reasonOf(error: unknown, language: Language): string {
  if (error instanceof ImportError) return describeImportProblem(error.problem, language);
  const storage = describeStorageError(error);
  if (storage) return storage.message;
  return error instanceof Error ? error.message : String(error);
}

export interface BatchOptions {
  signal?: AbortSignal;
  /** Recorded in the history of the checklist items the batch suggests. */
  author?: string;
  lexicon?: TopicLexicon;
  /** Pictures picked with the files: a saved page takes those it refers to by a relative path. */
  pictures?: readonly PickedPicture[];
  /** Report a picture that no page took as a file that cannot be imported (else pass over it). */
  reportUnusedPictures?: boolean;
  /** The language the report's reasons are worded in. */
  language?: Language;
}

export async function importBatch(
  sources: BatchSource[],
  onProgress: (reports: readonly FileReport[]) => void,
  { signal, author = '', lexicon, pictures = [], reportUnusedPictures = false, language = 'en' }: BatchOptions = {},
): Promise<FileReport[]> {
  const used = new Set<string>();
  /** A page that could not be read took none of its pictures: they are not blamed for it. */
  let pageFailed = false;
  const reports: FileReport[] = sources.map((s) => ({ name: s.name, status: 'waiting' }));
  const update = (i: number, report: FileReport) => {
    reports[i] = report;
    onProgress([...reports]);
  };
  onProgress([...reports]);
  for (const [i, source] of sources.entries()) {
    if (signal?.aborted) {
      update(i, { name: source.name, status: 'cancelled' });
      continue;
    }
    // Progress is reported in whole percents, so a large file does not re-render the panel per step.
    let shown = -1;
    const progress = (done: number) => {
      const percent = Math.floor(100 * Math.min(1, Math.max(0, done)));
      if (percent === shown) return;
      shown = percent;
      update(i, { name: source.name, status: 'working', progress: percent / 100 });
    };
    progress(0);
    try {
      const input = await source.read();
      const { draft, plainText, images, imageNotes, usedPictures } = await importDocument(pictures.length ? { ...input, pictures } : input, { signal, lexicon, progress: (done) => progress(0.9 * done) });
      usedPictures.forEach((path) => used.add(path));
      const text = await renderedText(draft.markdown);
      signal?.throwIfAborted();
      progress(0.95);
      // Plain-text briefs have no Markdown structure to suggest checklist items from.
      const suggestions = plainText ? [] : await suggestOffThread(draft.markdown, text, { signal });
      const outcome = await storeImportedBrief({ draft, text, suggestions: withTopics(suggestions, draft.topics, lexicon), images }, author);
      const report: FileReport = { name: source.name, status: outcome.status, briefId: outcome.brief.id, title: outcome.brief.title, ...(imageNotes.length ? { imageNotes: imageNotes.map((note) => describeImportProblem(note, language)) } : {}) };
      update(i, plainText ? { ...report, plainText } : report);
    } catch (error) {
      pageFailed ||= BY_EXTENSION[fileEnding(source.name)] === 'html';
      const cancelled = signal?.aborted === true;
      update(i, cancelled ? { name: source.name, status: 'cancelled' } : { name: source.name, status: 'failed', reason: reasonOf(error, language) });
    }
  }
  if (!reportUnusedPictures || pageFailed || signal?.aborted) return reports;
  for (const { path } of pictures.filter((p) => !used.has(p.path))) reports.push({ name: path, status: 'failed', reason: describeImportProblem({ code: 'unusedPicture' }, language) });
  if (reports.length > sources.length) onProgress([...reports]);
  return reports;
}
