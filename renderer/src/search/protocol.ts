// Messages between the app and the search worker.
import type { SearchResults } from './search-index.js';

export type ToWorker =
  /** The first message: the data key of a protected, unlocked library (null otherwise); the build starts then. */
  | { type: 'open'; key: CryptoKey | null }
  | { type: 'search'; seq: number; query: string; typing: boolean; limit: number }
  /** Searchable records changed: the worker reads which from the search journal. */
  | { type: 'changed' };

/** Where a ready index came from: read back from IndexedDB, or built from the records. */
export type IndexSource = 'stored' | 'built';

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'ready'; documents: number; ms: number; source: IndexSource }
  | { type: 'results'; seq: number; results: SearchResults }
  /** The index was stored in IndexedDB: the next start reads it back. */
  | { type: 'saved' }
  | { type: 'failed'; message: string };
