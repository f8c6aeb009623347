// Schema v8: a book may hold tailored editions. No record changes (a book without editions is the
// full book), so a v6 library and backup read as they were; backups carry editions and restore
// them; a malformed edition refuses the backup rather than being dropped.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V7 } from '../../../renderer/src/data/db.js';
import { createLibraryBackup, restoreBackup } from '../../../renderer/src/data/backup.js';
import { packBackup, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { bookSchema } from '../../../renderer/src/domain/backup/records.js';
import type { Edition } from '../../../renderer/src/domain/types.js';
import { book, fill, freshDb, generateLibrary } from './library-fixture.js';

const naming = { copyTitle: (t: string) => `${t} (copy)` };
const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };
const PRESS: Edition = { id: 'ed-1', name: 'Press', briefIds: ['brief-0'], sections: [], includeNotes: false, includeItems: true, extraRedactions: ['Ines Varro'] };

describe('schema v8', () => {
  it('is the version of the library and its backups, or a later one', () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
  });

  it('a v7 library opens with v8, its books as they were (the full book only)', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v7-library', { indexedDB, IDBKeyRange });
    old.version(7).stores(SCHEMA_V7);
    const books = [book(0, ['brief-0', 'brief-1'])];
    await old.table('books').bulkAdd(books);
    old.close();
    const current = new AppDB('v7-library', { indexedDB, IDBKeyRange });
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.books.toArray()).toEqual(books);
    await current.books.update('book-0', { editions: [PRESS] });
    expect((await current.books.get('book-0'))?.editions).toEqual([PRESS]);
  });

  it('a v7 backup reads as v8, its books unchanged', async () => {
    const library = generateLibrary(3);
    const files = unzipSync(await packBackup(library, meta));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    manifest.schemaVersion = 7;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    expect((await readBackup(zipSync(files))).tables.books).toEqual(library.books);
  });
});

describe('editions in backups', () => {
  it('a library backup carries a book\'s editions and restores them', async () => {
    const source = freshDb();
    const library = generateLibrary(3);
    library.books = [{ ...library.books[0]!, editions: [PRESS] }, ...library.books.slice(1)];
    await fill(source, library);
    const bytes = await createLibraryBackup({ appVersion: '0.1.0', now: 1 }, source);
    const target = freshDb();
    await restoreBackup(await readBackup(bytes), 'replace', naming, target);
    expect((await target.books.get(library.books[0]!.id))?.editions).toEqual([PRESS]);
  });

  it('refuses editions with unknown fields, a shared name or a one-letter phrase', async () => {
    const plain = book(0, ['brief-0']);
    expect(bookSchema.safeParse({ ...plain, editions: [PRESS] }).success).toBe(true);
    expect(bookSchema.safeParse({ ...plain, editions: [{ ...PRESS, everyone: true }] }).success).toBe(false);
    expect(bookSchema.safeParse({ ...plain, editions: [PRESS, { ...PRESS, id: 'ed-2', name: ' press' }] }).success).toBe(false);
    expect(bookSchema.safeParse({ ...plain, editions: [{ ...PRESS, extraRedactions: ['x'] }] }).success).toBe(false);
    const library = generateLibrary(1);
    const files = unzipSync(await packBackup({ ...library, books: [{ ...library.books[0]!, editions: [{ ...PRESS, name: '' }] }] }, meta));
    await expect(readBackup(zipSync(files))).rejects.toMatchObject({ code: 'invalid-record' });
  });
});
