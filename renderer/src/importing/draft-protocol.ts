// Messages between the main thread and the draft worker (one worker per imported file).
import type { SuggestedItem } from '../domain/recommendations/extract.js';
import type { DraftRequest, DraftResult } from './draft-steps.js';

export type ToDraftWorker = { draft: DraftRequest } | { suggest: { markdown: string; text: string } };

/** An ImportError crosses as its parts; anything else as a message. */
export type WorkerFailure = { fileName: string; reason: string } | { message: string };

export type FromDraftWorker =
  | { progress: number }
  /** The body travels as UTF-8 in a transferred buffer: a string of many megabytes would be
   *  copied and decoded on the main thread in one task. */
  | { ok: true; draft: DraftResult; body: Uint8Array }
  | { ok: true; suggestions: SuggestedItem[] }
  | { ok: false; failure: WorkerFailure };
