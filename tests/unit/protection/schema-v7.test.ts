// Schema v7 adds the keyring table and changes no record: a v6 library opens unchanged and unprotected.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V6 } from '../../../renderer/src/data/db.js';
import { readLibrary } from '../../../renderer/src/data/backup.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { fill, generateLibrary, sorted } from '../backup/library-fixture.js';

describe('a library written with schema v6', () => {
  it('opens at the current version with every record as it was, an empty keyring and protection off', async () => {
    const indexedDB = new IDBFactory();
    const reference = new AppDB('reference', { indexedDB, IDBKeyRange });
    const tables = generateLibrary(12);
    await fill(reference, tables);
    const expected = sorted(await readLibrary(reference));

    const old = new Dexie('v6-library', { indexedDB, IDBKeyRange });
    old.version(6).stores(SCHEMA_V6);
    await old.open();
    for (const table of reference.tables.filter((t) => t.name in SCHEMA_V6)) await old.table(table.name).bulkAdd(await table.toArray());
    old.close();

    const current = new AppDB('v6-library', { indexedDB, IDBKeyRange });
    expect(sorted(await readLibrary(current))).toEqual(expected);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(await current.keyring.count()).toBe(0);
    expect(await libraryProtection(current).status()).toBe('off');
  });
});
