// An index over sealed fields (title, topics, tags, source name, content hash, owner…) holds no
// keys on disk in a protected library, since those keys would be the content itself. Its queries
// are answered here instead, from the table's records opened in memory: the same keys, order,
// ranges, uniqueness and limits IndexedDB would give, at the cost of reading the table.
import { cmp, type DBCoreCursor, type DBCoreIndex, type DBCoreKeyRange, type DBCoreTransaction } from 'dexie';

export interface IndexEntry {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
}

const validKey = (key: unknown): boolean =>
  typeof key === 'string' ||
  (typeof key === 'number' && !Number.isNaN(key)) ||
  (key instanceof Date && !Number.isNaN(key.getTime())) ||
  ArrayBuffer.isView(key) ||
  (Array.isArray(key) && key.every(validKey));

// IndexedDB's range types (Dexie's DBCoreRangeType): 1 equal, 2 range, 3 any, 4 never.
function inRange(key: unknown, range: DBCoreKeyRange): boolean {
  if (range.type === 3) return true;
  if (range.type === 4) return false;
  if (range.type === 1) return cmp(key, range.lower) === 0;
  const low = range.lower === undefined ? 1 : cmp(key, range.lower);
  const high = range.upper === undefined ? -1 : cmp(key, range.upper);
  return (range.lowerOpen ? low > 0 : low >= 0) && (range.upperOpen ? high < 0 : high <= 0);
}

/** The entries `index` would hold for these (opened) records, in IndexedDB's order for the request. */
export function indexEntries(
  records: readonly unknown[],
  index: DBCoreIndex,
  primaryKey: DBCoreIndex,
  request: { range: DBCoreKeyRange; reverse?: boolean; unique?: boolean },
): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const value of records) {
    const raw = index.extractKey?.(value);
    const keys = index.multiEntry && Array.isArray(raw) ? [...new Set(raw)] : [raw];
    const pk = primaryKey.extractKey?.(value);
    for (const key of keys) if (validKey(key) && inRange(key, request.range)) entries.push({ key, primaryKey: pk, value });
  }
  entries.sort((a, b) => cmp(a.key, b.key) || cmp(a.primaryKey, b.primaryKey));
  // A unique walk keeps each key's first entry (lowest primary key), in either direction.
  const kept = request.unique ? entries.filter((e, i) => i === 0 || cmp(e.key, entries[i - 1]!.key) !== 0) : entries;
  return request.reverse ? kept.reverse() : kept;
}

/** A cursor over entries already in memory, driven as Dexie drives IndexedDB's. */
export function entriesCursor(trans: DBCoreTransaction, entries: IndexEntry[], reverse: boolean): DBCoreCursor | null {
  if (entries.length === 0) return null;
  let at = 0;
  let moved = false;
  let stopped = false;
  let settle: { resolve: (v: unknown) => void; reject: (e: unknown) => void } | null = null;
  const ahead = (c: number) => (reverse ? c < 0 : c > 0);
  const seek = (accept: (e: IndexEntry) => boolean) => {
    at += 1;
    while (at < entries.length && !accept(entries[at]!)) at += 1;
    moved = true;
  };
  const cursor: DBCoreCursor = {
    trans,
    get key() {
      return entries[at]?.key;
    },
    get primaryKey() {
      return entries[at]?.primaryKey;
    },
    get value() {
      return entries[at]?.value;
    },
    get done() {
      return at >= entries.length;
    },
    continue: (key?: unknown) => seek((e) => key === undefined || !ahead(cmp(key, e.key))),
    continuePrimaryKey: (key: unknown, primary: unknown) => seek((e) => !ahead(cmp(key, e.key) || cmp(primary, e.primaryKey))),
    advance: (count: number) => {
      at += count - 1;
      seek(() => true);
    },
    stop: (value?: unknown) => {
      stopped = true;
      settle?.resolve(value);
    },
    fail: (error: Error) => {
      stopped = true;
      settle?.reject(error);
    },
    next() {
      let gotOne = true;
      return cursor.start(() => (gotOne ? ((gotOne = false), cursor.continue()) : cursor.stop())).then(() => cursor);
    },
    start(onNext: () => void) {
      stopped = false;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        // A loop, not recursion: Dexie moves the cursor from inside onNext, synchronously.
        while (!stopped) {
          if (at >= entries.length) return cursor.stop();
          moved = false;
          try {
            onNext();
          } catch (error) {
            return cursor.fail(error as Error);
          }
          if (!moved && !stopped) return reject(new Error('A cursor over a sealed index was left without being moved or stopped.'));
        }
      });
    },
  };
  return cursor;
}
