// `window.chanceryHeadless`: the automation surface of renderer/headless.html, a page only the
// headless Chromium host loads (never the desktop app), so CLI commands can read and write the
// profile's IndexedDB through the renderer's own repositories.
/** How a book prints its annotations. The renderer's own type must stay assignable to it. */
export type AnnotationMode = 'none' | 'highlights' | 'notes';

/** Whether each field of a brief's metadata was found in the text or guessed (the renderer's type matches). */
export interface FieldOrigins {
  title?: 'found' | 'guessed';
  byline?: 'found' | 'guessed';
  publishedAt?: 'found' | 'guessed';
  source?: 'found' | 'guessed';
  url?: 'found' | 'guessed';
}

export interface BookSummary {
  id: string;
  title: string;
}

/** One of a book's editions, with the PDF file name made from the (redacted) book title and its name. */
export interface EditionFile {
  id: string;
  name: string;
  fileName: string;
}

export interface NewBookRequest {
  title: string;
  /** 'all' live briefs in import order, or brief ids in the order given. */
  briefs: 'all' | string[];
  marking?: string;
  annotations?: AnnotationMode;
}

export interface NewBookResult extends BookSummary {
  /** Requested brief ids that are not in the library. */
  missing: string[];
  briefCount: number;
}

export interface ImportedBrief {
  id: string;
  title: string;
  byline: string;
  source: { name: string; url: string };
  publishedAt: string | null;
  /** Which of title, byline, date and source were found in the text and which were guessed. */
  origins: FieldOrigins;
  topics: string[];
  /** The terms that earned each topic. */
  topicEvidence: { topic: string; terms: string[] }[];
  markdown: string;
  removedLines: { text: string; reason: string }[];
  /** Suggested checklist items, in document order: the date the source gives and why each was suggested. */
  suggestedItems: { text: string; sourceDate: string | null; reason: string | null; quote: string }[];
  /**
   * The brief's handling level in the profile's marking scheme: its id, portion mark and banner
   * ('' where the level prints none). A newer version of a brief keeps the level it had.
   */
  level: { id: string; portion: string; banner: string };
}

export interface ImportedFileReport {
  name: string;
  status: 'imported' | 'updated' | 'duplicate' | 'failed' | 'cancelled';
  reason?: string;
  brief?: ImportedBrief;
}

/**
 * What `restore` did: per table, records added / updated / kept, the edited briefs kept beside
 * the file's version (copies), and what the file held that was left out; or why it was refused.
 */
export type RestoreOutcome =
  | {
      ok: true;
      mode: 'replace' | 'merge';
      report: Record<string, { added: number; updated: number; kept: number }>;
      copies: { title: string; copyTitle: string }[];
      dropped: { table: string; reason: string; count: number }[];
    }
  | { ok: false; reason: string };

/** `npm run bench` only: one saved web page to import. */
export interface BenchPage {
  name: string;
  html: string;
}

/** `npm run bench` only: the same pages through Readability + DOMPurify alone, then the full import. */
export interface ImportBenchTimings {
  pages: number;
  imported: number;
  /** Parse, Readability and the import sanitizer, nothing stored. */
  extractMs: number;
  /** The app's whole import: decode → … → stored brief with topics and suggested items. */
  importMs: number;
}

/** `npm run bench` only: saving a brief's edited text, and the re-anchoring inside it. */
export interface ReanchorBenchTimings {
  annotations: number;
  orphaned: number;
  /** reanchorAll over the brief's annotations and the new rendered text. */
  reanchorMs: number;
  /** The app's save: render the text, re-anchor annotations and items, write. */
  saveMs: number;
}

/** One pre-flight finding, worded in English for the CLI. */
export interface PreflightFinding {
  kind: string;
  briefId: string | null;
  where: string;
  sample: string;
  message: string;
}

export interface ChanceryHeadlessApi {
  findBook(idOrTitle: string): Promise<BookSummary | null>;
  createBook(request: NewBookRequest): Promise<NewBookResult>;
  /** The pre-flight checks the app runs before exporting the book (or one edition); null when there is no such book or edition. */
  preflight(bookId: string, editionId?: string): Promise<PreflightFinding[] | null>;
  /** The book's editions in order; `extraPhrases` (the CLI's --redact-file) are redacted from the file names too. */
  editions(bookId: string, extraPhrases: string[]): Promise<EditionFile[] | null>;
  /**
   * Imports one file (bytes as base64) through the renderer's own pipeline. A saved page may come
   * with its path and the pictures beside it, paths '/'-separated from the same folder (a picture
   * without bytes was too large to be read).
   */
  importFile(file: { name: string; base64: string; path?: string; pictures?: { path: string; base64: string | null }[] }): Promise<ImportedFileReport>;
  /** Which files are pages whose pictures are offered with them, which are pictures, and the byte limits. */
  localPictureRules(): Promise<{ pages: string[]; pictures: string[]; maxPictureBytes: number; maxPageBytes: number }>;
  /** File endings the import pipeline reads (".md", ".pdf"…): what a folder import picks up. */
  supportedExtensions(): Promise<string[]>;
  /** Whether the profile's library is protected by a passphrase, and if so whether it is unlocked in this page. */
  protection(): Promise<'off' | 'locked' | 'unlocked'>;
  /** Unlocks a protected library (finishing a conversion a crash cut short); 'wrong' changes nothing. */
  unlock(passphrase: string): Promise<'unlocked' | 'wrong'>;
  /** Turns protection on: every record sealed under a new data key wrapped by `passphrase`. */
  protect(passphrase: string): Promise<void>;
  /** The whole library as a .chancery file (base64), sealed with `passphrase`, or in plain text when it is null (chosen explicitly). */
  backup(appVersion: string, passphrase: string | null): Promise<{ ok: true; base64: string } | { ok: false; reason: string }>;
  /** Checks a .chancery file (base64; opened with `passphrase` when sealed) without restoring it. */
  checkBackup(file: { base64: string; passphrase: string | null }): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Checks a .chancery file (base64; opened with `passphrase` when sealed) and restores it; nothing changes when it is refused. */
  restore(file: { base64: string; mode: 'replace' | 'merge'; passphrase: string | null }): Promise<RestoreOutcome>;
  /** The text selectors point into for this markdown: what the reader shows. */
  renderedText(markdown: string): Promise<string>;
  benchImport(pages: BenchPage[]): Promise<ImportBenchTimings>;
  benchReanchor(briefId: string, markdown: string): Promise<ReanchorBenchTimings>;
}

declare global {
  interface Window {
    chanceryHeadless?: ChanceryHeadlessApi;
  }
}
