// The search worker: reads the stored index back (or builds it from IndexedDB the first time),
// catches up on the journal of changes, keeps it current and answers queries, all off the main
// thread. A protected library keeps its index in memory only (see README, "Search").
import type { Table } from 'dexie';
import { AppDB } from '../data/db.js';
import { readBriefs, withBodies } from '../data/brief-bodies.js';
import { readJournal, readSourceState, readStoredIndex, saveIndex, trimJournal, type SourceState } from '../data/search-index-store.js';
import type { JournalEntry } from '../data/journal/search-journal.js';
import { parseQuery } from '../domain/search/query.js';
import { SearchIndex, type SearchDoc } from './search-index.js';
import { briefDoc, itemDoc, noteDoc } from './documents.js';
import { fromParts, isStale, toParts } from './index-parts.js';
import type { FromWorker, IndexSource, ToWorker } from './protocol.js';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Records read per IndexedDB request while building: small enough to answer queries in between. */
const CHUNK = 200;
/** Least time between two progress messages. */
const PROGRESS_MS = 250;
/** Changes taken in since the last save before the index is saved again (a cold open replays fewer). */
const SAVE_AFTER = 200;
/** Quiet time after the last change before that save, so a run of imports saves once. */
const SAVE_DELAY_MS = 3000;
const database = new AppDB();
const started = performance.now();

let index = new SearchIndex();
/** The last journal change the index holds. */
let journalSeq = 0;
/** Changes taken in since the index was last saved. */
let unsaved = 0;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function put(target: SearchIndex, id: string, doc: SearchDoc | null): void {
  if (doc) target.upsert(doc);
  else target.remove(id);
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

/** Indexes every record into `built`; progress is told while no whole index answers yet (`tell`). */
async function build(built: SearchIndex, state: SourceState, tell: boolean): Promise<SearchIndex> {
  const { briefs, annotations, recommendations } = state.counts;
  const total = briefs + annotations + recommendations;
  let done = 0;
  let told = 0;
  const progress = (rows: number) => {
    done += rows;
    // A few updates a second are enough to read, and each one is a task on the main thread.
    if (!tell || performance.now() - told < PROGRESS_MS) return;
    told = performance.now();
    scope.postMessage({ type: 'progress', done: Math.min(done, total), total });
  };
  // Briefs first: a note is only shown once the brief it belongs to is searchable.
  await eachChunk(database.briefs, async (rows) => {
    for (const b of await withBodies(database, rows)) put(built, b.id, briefDoc(b));
    progress(rows.length);
  });
  await eachChunk(database.annotations, (rows) => {
    for (const a of rows) put(built, a.id, noteDoc(a));
    progress(rows.length);
  });
  await eachChunk(database.recommendations, (rows) => {
    for (const r of rows) put(built, r.id, itemDoc(r));
    progress(rows.length);
  });
  built.prepare();
  return built;
}

/**
 * Builds from the records and puts the result in place, then replays the journal from where the
 * build began. The first build fills the live index, so queries find what is read so far; a
 * later one builds beside it and the old index answers until it is done.
 */
async function rebuild(first: boolean): Promise<void> {
  const state = await readSourceState(database);
  index = await build(first ? index : new SearchIndex(), state, first);
  journalSeq = state.lastSeq;
  await replay();
}

/** Takes in every change the journal noted after the index's last one. */
async function replay(): Promise<void> {
  const entries = await readJournal(database, journalSeq);
  if (!entries.length) return;
  // A deleted range (a table cleared, as a restore does) names no records: read everything again.
  if (entries.some((e) => e.id === null)) {
    await rebuild(false);
    return scheduleSave();
  }
  await apply(entries);
  journalSeq = entries[entries.length - 1]!.seq!;
  unsaved += entries.length;
  if (database.vault.protectedLibrary) await trimJournal(database, journalSeq);
  else if (unsaved >= SAVE_AFTER) scheduleSave();
}

async function apply(entries: JournalEntry[]): Promise<void> {
  const ids = (table: string) => [...new Set(entries.filter((e) => e.table === table).map((e) => e.id!))];
  const [briefs, annotations, items] = [ids('briefs'), ids('annotations'), ids('recommendations')];
  const [b, a, r] = await Promise.all([readBriefs(database, briefs), database.annotations.bulkGet(annotations), database.recommendations.bulkGet(items)]);
  const found = new Map(b.map((brief) => [brief.id, brief]));
  briefs.forEach((id) => {
    const brief = found.get(id);
    put(index, id, brief ? briefDoc(brief) : null);
  });
  annotations.forEach((id, i) => put(index, id, a[i] ? noteDoc(a[i]) : null));
  items.forEach((id, i) => put(index, id, r[i] ? itemDoc(r[i]) : null));
}

/** Stores the index unless the library is protected; tries again later when changes come meanwhile. */
async function save(): Promise<void> {
  if (database.vault.protectedLibrary) return;
  const now = await readSourceState(database);
  if (now.lastSeq > journalSeq) return scheduleSave(); // changes not taken in yet
  if (!(await saveIndex(database, toParts(index.snapshot(), journalSeq, now), journalSeq, now))) return scheduleSave();
  unsaved = 0;
  scope.postMessage({ type: 'saved' });
}

function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void (queue = queue.then(() => save()).catch(fail)), SAVE_DELAY_MS);
}

/** The stored index if it is there and whole; null (after saying why) when it must be built. */
async function load(): Promise<{ index: SearchIndex; stale: () => Promise<boolean> } | null> {
  if (database.vault.protectedLibrary) return null;
  try {
    const stored = fromParts(await readStoredIndex(database));
    if (!stored) return null;
    journalSeq = stored.stamp.journalSeq;
    return { index: SearchIndex.fromSnapshot(stored.snapshot), stale: async () => isStale(stored.stamp, await readSourceState(database)) };
  } catch (error) {
    console.warn('Search index: the stored index cannot be used and is rebuilt:', error instanceof Error ? error.message : error);
    return null;
  }
}

function ready(source: IndexSource): void {
  scope.postMessage({ type: 'ready', documents: index.size, ms: performance.now() - started, source });
}

/** Settles once queries can be answered: the stored index read back, or the first build begun. */
let answering: () => void = () => undefined;
const canAnswer = new Promise<void>((resolve) => (answering = resolve));

async function start(): Promise<void> {
  await database.open();
  const loaded = await load();
  if (!loaded) {
    // Queries meet the index as it fills: what is read so far is found.
    answering();
    await rebuild(true);
    ready('built');
    return save();
  }
  index = loaded.index;
  await replay();
  answering();
  ready('stored');
  // Checked after the index answers: counting the tables takes a while on a large library.
  if (await loaded.stale()) {
    console.warn('Search index: the library changed outside the journal; rebuilding.');
    await rebuild(false);
    ready('built');
    await save();
  }
}

// The start waits for the app's 'open': a protected library's records open only with its key.
let opened: () => void = () => undefined;
const open = new Promise<void>((resolve) => (opened = resolve));

// Changes apply in the order they were noted, after the start has finished.
let queue: Promise<void> = open.then(start).catch((error: unknown) => {
  answering();
  fail(error);
});

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'open') {
    // CryptoKeys are cloned into the worker, never exported.
    database.vault.key = data.key;
    opened();
  } else if (data.type === 'search') {
    void canAnswer.then(() => {
      const results = index.search(parseQuery(data.query, { typing: data.typing }), data.limit);
      scope.postMessage({ type: 'results', seq: data.seq, results });
    });
  } else {
    queue = queue.then(replay).catch(fail);
  }
});

function fail(error: unknown): void {
  scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
