// Messages between the app and the search worker.
import type { SearchResults } from './search-index.js';

/** Ids of records written since the last message; the worker re-reads each one. */
export interface ChangeSet {
  briefs: string[];
  annotations: string[];
  items: string[];
}

export type ToWorker =
  | { type: 'search'; seq: number; query: string; typing: boolean; limit: number }
  | { type: 'changed'; changes: ChangeSet };

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; documents: number; ms: number }
  | { type: 'results'; seq: number; results: SearchResults }
  | { type: 'failed'; message: string };
