// The search worker: builds the index from IndexedDB in the background, keeps it current as
// records change, and answers queries, all off the main thread.
import type { Table } from 'dexie';
import { AppDB } from '../data/db.js';
import { readBriefs, withBodies } from '../data/brief-bodies.js';
import { parseQuery } from '../domain/search/query.js';
import { SearchIndex, type SearchDoc } from './search-index.js';
import { briefDoc, itemDoc, noteDoc } from './documents.js';
import type { ChangeSet, FromWorker, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Records read per IndexedDB request while building: small enough to answer queries in between. */
const CHUNK = 200;
/** Least time between two progress messages. */
const PROGRESS_MS = 250;
const database = new AppDB();
const index = new SearchIndex();

function put(id: string, doc: SearchDoc | null): void {
  if (doc) index.upsert(doc);
  else index.remove(id);
}

/**
 * Reads a table in primary-key order, one chunk per request, so searches interleave with the
 * build. The next chunk is asked for before this one is indexed: IndexedDB reads it meanwhile.
 */
async function eachChunk<T extends { id: string }, Insert>(table: Table<T, string, Insert>, apply: (rows: T[]) => void | Promise<void>): Promise<void> {
  const read = (after: string | null): Promise<T[]> => (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
  let rows = await read(null);
  while (rows.length) {
    const next = read(rows[rows.length - 1]!.id);
    await apply(rows);
    rows = await next;
  }
}

async function build(): Promise<void> {
  const started = performance.now();
  // Counting is a scan of its own: the reads start meanwhile, progress is told once it is known.
  let total = 0;
  const counted = Promise.all([database.briefs.count(), database.annotations.count(), database.recommendations.count()]).then((counts) => {
    total = counts.reduce((a, b) => a + b, 0);
  });
  let done = 0;
  let told = 0;
  const progress = (rows: number) => {
    done += rows;
    // A few updates a second are enough to read, and each one is a task on the main thread.
    if (!total || performance.now() - told < PROGRESS_MS) return;
    told = performance.now();
    scope.postMessage({ type: 'progress', done: Math.min(done, total), total });
  };
  // Briefs first: a note is only shown once the brief it belongs to is searchable.
  await eachChunk(database.briefs, async (rows) => {
    for (const b of await withBodies(database, rows)) put(b.id, briefDoc(b));
    progress(rows.length);
  });
  await eachChunk(database.annotations, (rows) => {
    for (const a of rows) put(a.id, noteDoc(a));
    progress(rows.length);
  });
  await eachChunk(database.recommendations, (rows) => {
    for (const r of rows) put(r.id, itemDoc(r));
    progress(rows.length);
  });
  await counted;
  index.prepare();
  scope.postMessage({ type: 'ready', documents: index.size, ms: performance.now() - started });
}

async function applyChanges({ briefs, annotations, items }: ChangeSet): Promise<void> {
  const [b, a, r] = await Promise.all([
    readBriefs(database, briefs),
    database.annotations.bulkGet(annotations),
    database.recommendations.bulkGet(items),
  ]);
  const found = new Map(b.map((brief) => [brief.id, brief]));
  briefs.forEach((id) => {
    const brief = found.get(id);
    put(id, brief ? briefDoc(brief) : null);
  });
  annotations.forEach((id, i) => put(id, a[i] ? noteDoc(a[i]) : null));
  items.forEach((id, i) => put(id, r[i] ? itemDoc(r[i]) : null));
}

// Changes apply in the order they were sent, even while the build is still reading.
let changesApplied: Promise<void> = Promise.resolve();

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'open') {
    // A protected library's records open only with its key, which the app hands over (CryptoKeys are cloned, not exported).
    database.vault.key = data.key;
    build().catch(fail);
  } else if (data.type === 'search') {
    const results = index.search(parseQuery(data.query, { typing: data.typing }), data.limit);
    scope.postMessage({ type: 'results', seq: data.seq, results });
  } else {
    changesApplied = changesApplied.then(() => applyChanges(data.changes)).catch(fail);
  }
});

function fail(error: unknown): void {
  scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
