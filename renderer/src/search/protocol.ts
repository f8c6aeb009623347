// Messages between the app and the search worker.
import type { SearchResults } from './search-index.js';

import type { ChangeSet } from '../data/change-feed.js';

export type { ChangeSet };

export type ToWorker =
  | { type: 'search'; seq: number; query: string; typing: boolean; limit: number }
  | { type: 'changed'; changes: ChangeSet };

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; documents: number; ms: number }
  | { type: 'results'; seq: number; results: SearchResults }
  | { type: 'failed'; message: string };
