// Messages between the main thread and the draft worker (one worker per imported file).
import type { SuggestedItem } from '../domain/recommendations/extract.js';
import type { DraftRequest, DraftResult } from './draft-steps.js';

export type ToDraftWorker = { draft: DraftRequest } | { suggest: { markdown: string; text: string } };

/** An ImportError crosses as its parts; anything else as a message. */
export type WorkerFailure = { fileName: string; reason: string } | { message: string };

export type FromDraftWorker =
  | { progress: number }
  | { ok: true; draft: DraftResult }
  | { ok: true; suggestions: SuggestedItem[] }
  | { ok: false; failure: WorkerFailure };
