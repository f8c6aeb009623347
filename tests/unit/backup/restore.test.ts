import { describe, expect, it } from 'vitest';
import { createBookPackage, createLibraryBackup, readLibrary, restoreBackup } from '../../../renderer/src/data/backup.js';
import { BackupError, copyIdFor, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { putBriefs, readBody, readBriefs } from '../../../renderer/src/data/brief-bodies.js';
import type { AppDB } from '../../../renderer/src/data/db.js';
import { annotation, book, brief, fill, freshDb, generateLibrary, item, sorted } from './library-fixture.js';

const getBody = (database: AppDB, id: string) => readBody(database, id);

const stamp = { appVersion: '0.1.0', now: 1_800_000_000_000 };
const naming = { copyTitle: (title: string) => `${title} (their copy)` };

describe('backup and restore through IndexedDB', () => {
  it('round-trips 10,000 briefs with their annotations and items into an empty library', async () => {
    const original = freshDb();
    const library = generateLibrary(10_000);
    await fill(original, library);
    const bytes = await createLibraryBackup(stamp, original);

    const target = freshDb();
    const result = await restoreBackup(await readBackup(bytes), 'replace', naming, target);
    expect(result.report.briefs).toEqual({ added: 10_000, updated: 0, kept: 0 });
    expect(sorted(await readLibrary(target))).toEqual(sorted(library));
  }, 120_000);

  it('replace swaps the library for the backup: records not in the backup are gone', async () => {
    const database = freshDb();
    await fill(database, generateLibrary(3));
    const backup = await readBackup(await createLibraryBackup(stamp, database));
    await putBriefs(database, [brief(99)]);
    await restoreBackup(backup, 'replace', naming, database);
    expect(await database.briefs.get('brief-99')).toBeUndefined();
    expect(await database.briefs.count()).toBe(3);
  });

  it('merge adds missing records, takes newer ones and keeps the library’s newer ones, and reports it', async () => {
    const source = freshDb();
    await fill(source, generateLibrary(4));
    await source.briefs.update('brief-0', { title: 'Newer in the backup', updatedAt: 1_900_000_000_000 });
    const backup = await readBackup(await createLibraryBackup(stamp, source));

    const target = freshDb();
    await fill(target, { ...generateLibrary(2), books: [], settings: [{ key: 'theme', value: 'dark' }] });
    await target.briefs.update('brief-1', { title: 'Newer here', updatedAt: 1_950_000_000_000 });
    const { report } = await restoreBackup(backup, 'merge', naming, target);

    expect(report.briefs).toEqual({ added: 2, updated: 1, kept: 1 });
    expect(report.annotations).toEqual({ added: 2, updated: 0, kept: 2 });
    expect(report.books).toEqual({ added: 3, updated: 0, kept: 0 });
    expect(report.settings).toEqual({ added: 1, updated: 0, kept: 1 });
    expect((await target.briefs.get('brief-0'))?.title).toBe('Newer in the backup');
    expect((await target.briefs.get('brief-1'))?.title).toBe('Newer here');
    expect((await target.settings.get('theme'))?.value).toBe('dark');
    expect(await target.briefs.count()).toBe(4);
  });

  it('a restore that fails part-way changes nothing (one transaction)', async () => {
    const database = freshDb();
    await fill(database, generateLibrary(3));
    const before = sorted(await readLibrary(database));
    const backup = await readBackup(await createLibraryBackup(stamp, freshDb()));
    // A record IndexedDB cannot store (no key) makes the last write of the transaction fail.
    backup.tables.settings = [{ value: 1 } as never];
    await expect(restoreBackup(backup, 'replace', naming, database)).rejects.toThrow();
    expect(sorted(await readLibrary(database))).toEqual(before);
  });

  it('a book package carries the book, its briefs, their annotations and items, and merges into another library', async () => {
    const source = freshDb();
    const library = generateLibrary(10);
    library.recommendations.push(item(500, ['brief-1', 'brief-9']));
    await fill(source, library);
    const bytes = await createBookPackage('book-0', stamp, source);
    const contents = await readBackup(bytes);
    expect(contents.manifest).toMatchObject({ kind: 'book', bookId: 'book-0' });
    expect(contents.tables.briefs.map((b) => b.id).sort()).toEqual(['brief-0', 'brief-1', 'brief-2']);
    expect(contents.tables.annotations.map((a) => a.briefId).sort()).toEqual(['brief-0', 'brief-1', 'brief-2']);
    expect(contents.tables.recommendations.map((r) => r.id).sort()).toEqual(['item-0', 'item-1', 'item-500']);
    expect(contents.tables.settings).toEqual([]);

    const other = freshDb();
    await fill(other, { ...generateLibrary(0), books: [], annotations: [annotation(0, 'brief-0', { updatedAt: 2_000_000_000_000, note: 'Mine is newer' })], briefs: [brief(0)] });
    await expect(restoreBackup(contents, 'replace', naming, other)).rejects.toBeInstanceOf(BackupError);
    const { report } = await restoreBackup(contents, 'merge', naming, other);
    expect(report.briefs).toEqual({ added: 2, updated: 0, kept: 1 });
    expect(report.annotations).toEqual({ added: 2, updated: 0, kept: 1 });
    expect(report.books).toEqual({ added: 1, updated: 0, kept: 0 });
    expect((await other.annotations.get('note-0'))?.note).toBe('Mine is newer');
  });

  it('a merge never overwrites a brief edited here: the file’s newer version is added as a copy, with its annotations', async () => {
    const library = freshDb();
    // Imported at importedAt, then edited here (updatedAt later).
    await fill(library, { ...generateLibrary(0), books: [], briefs: [brief(0, { markdown: '# My edited memo', updatedAt: 1_750_000_000_000 }), brief(1)], annotations: [annotation(0, 'brief-0', { note: 'Mine' })] });

    const colleague = freshDb();
    await fill(colleague, {
      ...generateLibrary(0),
      books: [book(0, ['brief-0', 'brief-1'])],
      briefs: [brief(0, { markdown: '# Their rewrite', updatedAt: 1_760_000_000_000 }), brief(1, { markdown: '# Their update', updatedAt: 1_760_000_000_000 })],
      annotations: [annotation(0, 'brief-0', { note: 'Theirs', updatedAt: 1_760_000_000_000 })],
    });
    const contents = await readBackup(await createBookPackage('book-0', stamp, colleague));
    const result = await restoreBackup(contents, 'merge', naming, library);

    const copyId = copyIdFor({ id: 'brief-0', updatedAt: 1_760_000_000_000 });
    expect(result.copies).toEqual([{ id: 'brief-0', title: 'Fictional harbour memo 0', copyId, copyTitle: 'Fictional harbour memo 0 (their copy)' }]);
    expect((await getBody(library, 'brief-0'))).toBe('# My edited memo');
    expect((await library.annotations.get('note-0'))?.note).toBe('Mine');
    expect((await readBriefs(library, [copyId]))[0]).toMatchObject({ markdown: '# Their rewrite', title: 'Fictional harbour memo 0 (their copy)' });
    expect((await library.annotations.where('briefId').equals(copyId).toArray()).map((a) => a.note)).toEqual(['Theirs']);
    // A brief not edited here takes the newer version as before.
    expect((await getBody(library, 'brief-1'))).toBe('# Their update');
    expect(result.report.briefs).toEqual({ added: 1, updated: 1, kept: 0 });

    // The same file merged again adds no second copy.
    const again = await restoreBackup(contents, 'merge', naming, library);
    expect(again.report.briefs).toEqual({ added: 0, updated: 0, kept: 2 });
    expect(await library.briefs.count()).toBe(3);
  });

  it('an edited brief whose text the file does not change is updated as usual', async () => {
    const library = freshDb();
    await fill(library, { ...generateLibrary(0), books: [], briefs: [brief(0, { updatedAt: 1_750_000_000_000 })] });
    const source = freshDb();
    await fill(source, { ...generateLibrary(0), books: [book(0, ['brief-0'])], briefs: [brief(0, { readState: 'read', updatedAt: 1_760_000_000_000 })] });
    const result = await restoreBackup(await readBackup(await createBookPackage('book-0', stamp, source)), 'merge', naming, library);
    expect(result.copies).toEqual([]);
    expect((await library.briefs.get('brief-0'))?.readState).toBe('read');
  });
});
