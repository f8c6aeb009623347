// Protected libraries on fake IndexedDB for tests: a library that can be reopened or read raw, a
// scan of every string in stored values, and the cheap Argon2id parameters of fixture-kdf.ts.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '../../../renderer/src/data/db.js';

export { FAST_KDF } from './fixture-kdf.js';

let counter = 0;

/** A library on its own fake IndexedDB, and a way to open it again (a restart) or raw (a copied disk). */
export function library() {
  const indexedDB = new IDBFactory();
  const name = `protected-${++counter}`;
  return {
    open: () => new AppDB(name, { indexedDB, IDBKeyRange }),
    /** Every stored record of every table, read without the protection layer. */
    async raw(): Promise<Record<string, unknown[]>> {
      const raw = new Dexie(name, { indexedDB, IDBKeyRange });
      await raw.open();
      const out: Record<string, unknown[]> = {};
      for (const table of raw.tables) out[table.name] = await table.toArray();
      raw.close();
      return out;
    },
    /** The keys of one index, as IndexedDB holds them. */
    async indexKeys(table: string, index: string): Promise<unknown[]> {
      const raw = new Dexie(name, { indexedDB, IDBKeyRange });
      await raw.open();
      const keys = await raw.table(table).orderBy(index).keys();
      raw.close();
      return keys;
    },
  };
}

/** Every string in a stored value, bytes read as UTF-8 too, so a canary anywhere is found. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Uint8Array) out.push(new TextDecoder().decode(value));
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}
