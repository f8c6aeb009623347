// `window.chanceryHeadless`: the automation surface of renderer/headless.html, a page only the
// headless Chromium host loads (never the desktop app), so CLI commands can read and write the
// profile's IndexedDB through the renderer's own repositories.
import type { AnnotationMode } from '../../renderer/src/domain/types.js';

export interface BookSummary {
  id: string;
  title: string;
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
  topics: string[];
  markdown: string;
  removedLines: { text: string; reason: string }[];
  suggestedItems: { text: string; due: string | null; quote: string }[];
}

export interface ImportedFileReport {
  name: string;
  status: 'imported' | 'updated' | 'duplicate' | 'failed' | 'cancelled';
  reason?: string;
  brief?: ImportedBrief;
}

/** What `restore` did: per table, records added / updated / kept; or why the file was refused. */
export type RestoreOutcome =
  | { ok: true; mode: 'replace' | 'merge'; report: Record<string, { added: number; updated: number; kept: number }> }
  | { ok: false; reason: string };

export interface ChanceryHeadlessApi {
  findBook(idOrTitle: string): Promise<BookSummary | null>;
  createBook(request: NewBookRequest): Promise<NewBookResult>;
  /** Imports one file (bytes as base64) through the renderer's own pipeline. */
  importFile(file: { name: string; base64: string }): Promise<ImportedFileReport>;
  /** The whole library as a .chancery file (base64). */
  backup(appVersion: string): Promise<string>;
  /** Checks a .chancery file (base64) and restores it; nothing changes when it is refused. */
  restore(file: { base64: string; mode: 'replace' | 'merge' }): Promise<RestoreOutcome>;
}

declare global {
  interface Window {
    chanceryHeadless?: ChanceryHeadlessApi;
  }
}
