// Schema v10: briefs, their paragraphs and books may carry handling levels. No record changes, so
// a v8 library and backup read as they were; backups carry the levels and a malformed one
// refuses the backup rather than being dropped (a dropped level would print a brief unmarked).
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V8 } from '../../../renderer/src/data/db.js';
import { packBackup, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { generateLibrary } from './library-fixture.js';

const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };

describe('schema v10: handling levels', () => {
  it('a v8 library opens at v10 with its briefs as they were, and then holds levels', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v8-library', { indexedDB, IDBKeyRange });
    old.version(8).stores(SCHEMA_V8);
    const { briefs } = generateLibrary(2);
    const records = briefs.map(({ markdown: _, ...record }) => record);
    await old.table('briefs').bulkAdd(records);
    old.close();
    const current = new AppDB('v8-library', { indexedDB, IDBKeyRange });
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(10);
    expect(await current.briefs.toArray()).toEqual(records);
    await current.briefs.update(records[0]!.id, { level: 'sbu', portionLevels: { '3': 'cui' } });
    expect(await current.briefs.get(records[0]!.id)).toMatchObject({ level: 'sbu', portionLevels: { '3': 'cui' } });
  });

  it('a v8 backup reads at v10 unchanged, and a backup carries levels of briefs and books', async () => {
    const library = generateLibrary(3);
    const files = unzipSync(await packBackup(library, meta));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.schemaVersion = 8;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    expect((await readBackup(zipSync(files))).tables.briefs).toEqual(library.briefs);

    const marked = { ...library, briefs: library.briefs.map((b, i) => (i === 0 ? { ...b, level: 'sbu', portionLevels: { '2': 'cui' } } : b)), books: library.books.map((b) => ({ ...b, level: 'cui' })) };
    const read = await readBackup(await packBackup(marked, meta));
    expect(read.tables.briefs[0]).toMatchObject({ level: 'sbu', portionLevels: { '2': 'cui' } });
    expect(read.tables.books.every((b) => b.level === 'cui')).toBe(true);
  });

  it.each([
    ['a level that is not an id', { level: '<script>' }],
    ['a paragraph key that is not an index', { portionLevels: { first: 'cui' } }],
    ['a paragraph level that is not a string', { portionLevels: { '1': 3 } }],
  ])('refuses a backup with %s', async (_, patch) => {
    const library = generateLibrary(2);
    const bad = { ...library, briefs: library.briefs.map((b, i) => (i === 0 ? { ...b, ...patch } : b)) } as typeof library;
    await expect(readBackup(await packBackup(bad, meta))).rejects.toThrow(/brief/i);
  });
});
