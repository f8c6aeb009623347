// Messages between the window and the worker that runs the pre-flight checks on a book.
import type { AppendixTitles, BookRecords } from '../domain/book/layout.js';
import type { Finding } from '../domain/book/preflight.js';

export interface PreflightRequest {
  records: BookRecords;
  appendix: AppendixTitles;
  /** The bundled fonts' unicode-range lists: what can be drawn. */
  fontRanges: string[];
}

export type PreflightAnswer = { ok: true; findings: Finding[] } | { ok: false; message: string };
