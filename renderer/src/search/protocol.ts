// Messages between the app and the search worker.
import type { SearchResults } from './search-index.js';

import type { ChangeSet } from '../data/change-feed.js';

export type { ChangeSet };

export type ToWorker =
  /** The first message: the data key of a protected, unlocked library (null otherwise); the build starts then. */
  | { type: 'open'; key: CryptoKey | null }
  | { type: 'search'; seq: number; query: string; typing: boolean; limit: number }
  | { type: 'changed'; changes: ChangeSet };

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; documents: number; ms: number }
  | { type: 'results'; seq: number; results: SearchResults }
  | { type: 'failed'; message: string };
