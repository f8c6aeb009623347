// Messages between the main thread and the import worker (kept warm between jobs).
import type { ImportProblem } from '../domain/import-problems.js';
import type { SuggestedItem } from '../domain/items/extract.js';
import type { DraftRequest, DraftResult } from './draft-steps.js';
import type { TextRun } from '../domain/text/pdf-layout.js';

export type ToDraftWorker =
  | { draft: DraftRequest }
  | { suggest: { markdown: string; text: string } }
  /** Text runs of a PDF, sent in batches ahead of its draft request (whose own runs follow them):
   *  one message of all the runs of a long PDF is copied in one long task. */
  | { pdfRuns: TextRun[] };

/** An ImportError crosses as its parts; anything else as a message. */
export type WorkerFailure = { fileName: string; problem: ImportProblem } | { message: string };

export type FromDraftWorker =
  | { progress: number }
  /** The body travels as UTF-8 in a transferred buffer: a string of many megabytes would be
   *  copied and decoded on the main thread in one task. */
  | { ok: true; draft: DraftResult; body: Uint8Array }
  | { ok: true; suggestions: SuggestedItem[] }
  | { ok: false; failure: WorkerFailure };
