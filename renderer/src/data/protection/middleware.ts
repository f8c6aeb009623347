// The Dexie DBCore layer that seals records on their way into IndexedDB and opens them on the way
// out, closest to the database (below Dexie's caches and live-query tracking, which see only
// plain values in memory). With no keyring it passes everything through untouched.
import type { DBCore, DBCoreCursor, DBCoreIndex, DBCoreKeyRange, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isSealed, open, seal } from '../crypto/envelope.js';
import { plainPart, SEALED_FIELD, sealedIndex, sealsRecord, UNSEALED_TABLES } from './fields.js';
import { keepingAlive } from './keep-alive.js';
import { entriesCursor, indexEntries, type IndexEntry } from './sealed-index.js';

/** Where the library's protection stands; shared by the middleware and the code that unlocks. */
export interface Vault {
  /** True once the library has a keyring: from then on nothing is written in plain text. */
  protectedLibrary: boolean;
  /** The data key while unlocked, null while locked (or unprotected). */
  key: CryptoKey | null;
  /** False only while protection is being turned off: records are then written back in plain text. */
  sealWrites: boolean;
}

export const openVault = (): Vault => ({ protectedLibrary: false, key: null, sealWrites: true });

export class LockedError extends Error {
  constructor() {
    super('The library is locked.');
    this.name = 'LockedError';
  }
}

type StoredRecord = Record<string, unknown>;
// Dexie's DBCoreRangeType.Any: the whole table.
const WHOLE_TABLE = { type: 3 } as DBCoreKeyRange;
const sealedOf = (value: unknown): unknown => (typeof value === 'object' && value !== null ? (value as StoredRecord)[SEALED_FIELD] : undefined);

/** True for a record stored sealed (what a conversion or a raw scan looks for). */
export const isSealedRecord = (value: unknown): boolean => isSealed(sealedOf(value));

function protectTable(table: DBCoreTable, vault: Vault): DBCoreTable {
  const { name } = table;
  const { primaryKey } = table.schema;
  const context = (record: StoredRecord) => `${name}\u0000${JSON.stringify(primaryKey.extractKey?.(record) ?? null)}`;
  const keyOrLocked = () => {
    if (!vault.key) throw new LockedError();
    return vault.key;
  };

  const openOne = async (value: unknown): Promise<unknown> => {
    const sealed = sealedOf(value);
    return isSealed(sealed) ? open(keyOrLocked(), context(value as StoredRecord), sealed) : value;
  };
  // Reads with no sealed record among them cost nothing more than the check.
  const openAll = <T>(trans: DBCoreTransaction, values: T[]): Promise<T[]> | T[] =>
    values.some(isSealedRecord) ? keepingAlive(trans, name, () => Promise.all(values.map(openOne)) as Promise<T[]>) : values;

  const sealOne = async (key: CryptoKey, value: StoredRecord): Promise<StoredRecord> =>
    sealsRecord(name, value) ? { ...plainPart(name, primaryKey.keyPath, value), [SEALED_FIELD]: await seal(key, context(value), value) } : value;

  const openingCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let current: unknown;
    const wrapped: DBCoreCursor = {
      get trans() {
        return cursor.trans;
      },
      get key() {
        return cursor.key;
      },
      get primaryKey() {
        return cursor.primaryKey;
      },
      get value() {
        return current;
      },
      get done() {
        return cursor.done;
      },
      continue: (key?: unknown) => cursor.continue(key),
      continuePrimaryKey: (key: unknown, primary: unknown) => cursor.continuePrimaryKey(key, primary),
      advance: (count: number) => cursor.advance(count),
      stop: (value?: unknown) => cursor.stop(value),
      fail: (error: Error) => cursor.fail(error),
      next() {
        let gotOne = true;
        return wrapped.start(() => (gotOne ? ((gotOne = false), wrapped.continue()) : wrapped.stop())).then(() => wrapped);
      },
      start: (onNext: () => void) =>
        cursor.start(() => {
          const raw = cursor.value;
          if (!isSealedRecord(raw)) {
            current = raw;
            return onNext();
          }
          keepingAlive(cursor.trans, name, () => openOne(raw)).then(
            (value) => {
              current = value;
              try {
                onNext();
              } catch (error) {
                cursor.fail(error as Error);
              }
            },
            (error: Error) => cursor.fail(error),
          );
        }),
    };
    return wrapped;
  };

  // In a protected library an index over sealed fields is empty on disk: read it in memory.
  const inMemory = (index: DBCoreIndex) => vault.protectedLibrary && !index.isPrimaryKey && sealedIndex(name, primaryKey.keyPath, index.keyPath);
  const entries = (trans: DBCoreTransaction, index: DBCoreIndex, request: { range: DBCoreKeyRange; reverse?: boolean; unique?: boolean }): Promise<IndexEntry[]> =>
    protectedTable.query({ trans, values: true, query: { index: primaryKey, range: WHOLE_TABLE } }).then(({ result }) => indexEntries(result, index, primaryKey, request));

  // Plain `.then` chains on the promises from below, never `async` functions: Dexie follows its
  // transaction through those promises, and an extra native await would lose it (PrematureCommitError).
  const protectedTable: DBCoreTable = {
    ...table,
    mutate(req) {
      if (!vault.protectedLibrary || (req.type !== 'add' && req.type !== 'put')) return table.mutate(req);
      if (!vault.key) return Promise.reject(new LockedError());
      if (!vault.sealWrites) return table.mutate(req);
      const key = vault.key;
      return keepingAlive(req.trans, name, () => Promise.all(req.values.map((v: StoredRecord) => sealOne(key, v)))).then((values) => table.mutate({ ...req, values }));
    },
    get: (req) => table.get(req).then((value) => (isSealedRecord(value) ? keepingAlive(req.trans, name, () => openOne(value)) : value)),
    getMany: (req) => table.getMany(req).then((values) => openAll(req.trans, values)),
    query(req) {
      const { index, range } = req.query;
      if (inMemory(index)) {
        const reverse = req.direction === 'prev' || req.direction === 'prevunique';
        const unique = req.direction === 'nextunique' || req.direction === 'prevunique';
        return entries(req.trans, index, { range, reverse, unique }).then((found) => {
          const page = found.slice(0, req.limit ?? Infinity);
          return { result: page.map((e) => (req.values ? e.value : e.primaryKey)) };
        });
      }
      if (!req.values) return table.query(req);
      return table.query(req).then((response) => {
        const result = openAll(req.trans, response.result);
        return Array.isArray(result) ? response : result.then((opened) => ({ ...response, result: opened }));
      });
    },
    openCursor(req) {
      const { index, range } = req.query;
      if (inMemory(index)) return entries(req.trans, index, { range, reverse: req.reverse, unique: req.unique }).then((found) => entriesCursor(req.trans, found, req.reverse === true));
      return req.values ? table.openCursor(req).then((cursor) => cursor && openingCursor(cursor)) : table.openCursor(req);
    },
    count: (req) => (inMemory(req.query.index) ? entries(req.trans, req.query.index, req.query).then((found) => found.length) : table.count(req)),
  };
  return protectedTable;
}

/** Registered on every AppDB; `vault` says whether and with which key it seals. */
export function protectionMiddleware(vault: Vault): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Protection',
    // Below Dexie's own layers (the lowest is -1): they keep and compare plain values in memory only.
    level: -10,
    create: (down) => ({
      ...down,
      table: (tableName) => (UNSEALED_TABLES.has(tableName) ? down.table(tableName) : protectTable(down.table(tableName), vault)),
    }),
  };
}
