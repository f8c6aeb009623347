// The app's handle on the search worker: starts it, forwards record changes, answers queries
// and reports the index's build progress.
import type { SearchResults } from './search-index.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { watchChanges } from '../data/change-feed.js';
import { currentDataKey } from '../data/library-protection.js';

export interface IndexStatus {
  state: 'idle' | 'building' | 'ready' | 'failed';
  done: number;
  total: number;
}

/** Performance entries the benchmark reads: build time and each query's round trip. */
export const MEASURE_BUILD = 'cy-index-build';
export const MEASURE_SEARCH = 'cy-search';
/** Marked each time the worker has stored the index. */
export const MARK_SAVED = 'cy-index-saved';

export class SearchClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, (results: SearchResults) => void>();
  private readonly listeners = new Set<(status: IndexStatus) => void>();
  private searches = 0;
  private watching = false;
  status: IndexStatus = { state: 'idle', done: 0, total: 0 };

  /** Starts the worker (idempotent). The build runs in the background; queries work meanwhile. */
  start(): void {
    if (this.worker) return;
    performance.mark(`${MEASURE_BUILD}-start`);
    this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    this.worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(e.data));
    this.worker.addEventListener('error', (e) => this.setStatus({ ...this.status, state: 'failed' }, e.message));
    this.setStatus({ state: 'building', done: 0, total: 0 });
    this.send({ type: 'open', key: currentDataKey() });
    // Once per page: a worker started again after a lock gets the changes through the same hooks.
    if (!this.watching) watchChanges(() => this.send({ type: 'changed' }));
    this.watching = true;
  }

  /**
   * Ends the worker and with it the index, which holds the library's words in memory: on lock, and
   * when protection is turned on or off (the worker's handle needs the key, or no longer does).
   * The next search starts a new one.
   */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
    this.setStatus({ state: 'idle', done: 0, total: 0 });
  }

  search(query: string, { typing = true, limit = 20 } = {}): Promise<SearchResults> {
    this.start();
    const seq = ++this.seq;
    const started = performance.now();
    return new Promise((resolve) => {
      this.pending.set(seq, (results) => {
        // Keep the timeline bounded in a long session; the benchmark reads fewer than this.
        if (++this.searches % 1000 === 0) performance.clearMeasures(MEASURE_SEARCH);
        performance.measure(MEASURE_SEARCH, { start: started, end: performance.now(), detail: query });
        resolve(results);
      });
      this.send({ type: 'search', seq, query, typing, limit });
    });
  }

  onStatus(listener: (status: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'results':
        this.pending.get(message.seq)?.(message.results);
        this.pending.delete(message.seq);
        break;
      case 'progress':
        this.setStatus({ state: 'building', done: message.done, total: message.total });
        break;
      case 'ready':
        performance.measure(MEASURE_BUILD, { start: `${MEASURE_BUILD}-start`, detail: { documents: message.documents, workerMs: message.ms, source: message.source } });
        this.setStatus({ state: 'ready', done: this.status.total, total: this.status.total });
        break;
      case 'saved':
        performance.mark(MARK_SAVED);
        break;
      case 'failed':
        this.setStatus({ ...this.status, state: 'failed' }, message.message);
        break;
    }
  }

  private setStatus(status: IndexStatus, problem?: string): void {
    if (problem) console.error('Search index:', problem);
    this.status = status;
    this.listeners.forEach((l) => l(status));
  }
}

let instance: SearchClient | undefined;

export function searchClient(): SearchClient {
  instance ??= new SearchClient();
  return instance;
}
