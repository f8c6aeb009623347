// What the print view (#/print/book/<id>) exposes to whoever prints it: the Electron PDF window,
// the headless Chromium host or tests. Environment-neutral types only.
import type { PrintLevels } from './print-levels.js';

/** The print view's route for a book, or for one of its editions. */
export function printRoute(bookId: string, editionId?: string): string {
  const edition = editionId ? `?edition=${encodeURIComponent(editionId)}` : '';
  return `#/print/book/${encodeURIComponent(bookId)}${edition}`;
}

/** One place the contents page points to: a section, a brief or an appendix. */
export interface PrintEntry {
  id: string;
  title: string;
  /** The book's title on the cover, the contents page's own heading, or a line of the contents. */
  role: 'cover' | 'contents' | 'listed';
}

/** Document facts the printer needs and the page alone knows (it read the book). */
export interface PrintInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  marking: string;
  /** The book's language (BCP 47): the PDF's document language. */
  language: string;
  paper: 'A4' | 'Letter';
  /** Localized footer text with {page} and {total} placeholders. */
  pageLabel: string;
  /** Header and footer text size in points; the page's margins leave room for it (domain/book/band.ts). */
  bandFontPt: number;
  /** The left and right page margins: the contents page numbers end at the right one. */
  sideMarginMm: number;
  /** The edition printed, as its footer says it ("Edition: Press"); absent for the full book. */
  editionLabel?: string;
  /**
   * Handling levels, when the book prints any: each page then gets the banner of the highest level
   * printed on it, stamped after the print, and `marking` is left out of the header and footer.
   */
  levels?: PrintLevels;
}

/** `window.chanceryPrint`, set only on the print route. */
export interface ChanceryPrintApi {
  info(): PrintInfo;
  entries(): PrintEntry[];
  /** Fills the contents page's numbers; resolves once the page is ready to print again. */
  setPageNumbers(pages: Record<string, number>): Promise<void>;
}

/**
 * `document.documentElement.dataset.printReady`: 'true' when the page may be printed, 'false'
 * while it re-renders, 'missing' when the book does not exist; absent while loading.
 */
export type PrintReadyState = 'true' | 'false' | 'missing';

declare global {
  interface Window {
    chanceryPrint?: ChanceryPrintApi;
    /**
     * Phrases to redact from this export only (the CLI's --redact-file), set by the host before
     * the print view loads. Untyped: the page checks it before use.
     */
    chanceryPrintRedactions?: unknown;
  }
}
