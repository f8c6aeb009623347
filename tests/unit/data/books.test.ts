// The books repository on a fresh database per test.
import { describe, expect, it } from 'vitest';
import { booksRepository } from '../../../renderer/src/data/books.js';
import { settingsRepository } from '../../../renderer/src/data/settings.js';
import { singleBriefPrintId } from '../../../renderer/src/domain/book/single-brief.js';
import { annotation, book, brief, fill, freshDb, item } from '../backup/library-fixture.js';

const EMPTY = { briefs: [], annotations: [], recommendations: [], books: [], settings: [] };

describe('booksRepository', () => {
  it('creates, lists newest first, updates, duplicates, deletes and restores books', async () => {
    const database = freshDb();
    const books = booksRepository(database);
    const first = await books.createBook('Port visit', 'UNCLASSIFIED', 1_000);
    const second = await books.createBook('Trade talks', '', 2_000);
    expect((await books.listBooks()).map((b) => b.id)).toEqual([second.id, first.id]);
    await books.updateBook(first.id, { meeting: 'Harbour board' }, 3_000);
    expect((await books.listBooks()).map((b) => b.id)).toEqual([first.id, second.id]);

    const copy = await books.duplicateBook(first.id, 'Port visit (copy)', 4_000);
    expect(copy).toMatchObject({ title: 'Port visit (copy)', meeting: 'Harbour board', createdAt: 4_000 });
    expect(copy!.id).not.toBe(first.id);
    expect(copy!.options).not.toBe((await books.getBook(first.id))!.options);
    expect(await books.duplicateBook('missing', 'x')).toBeUndefined();

    const removed = await books.deleteBook(second.id);
    expect(await books.getBook(second.id)).toBeUndefined();
    await books.restoreBook(removed!);
    expect(await books.getBook(second.id)).toEqual(second);
  });

  it('finds a book by id, else by title regardless of case (newest wins)', async () => {
    const database = freshDb();
    await fill(database, { ...EMPTY, books: [book(1, [], { title: 'Visit' }), book(2, [], { title: 'visit ' }), book(3, [])] });
    const books = booksRepository(database);
    expect((await books.findBook('book-3'))?.id).toBe('book-3');
    expect((await books.findBook('VISIT'))?.id).toBe('book-2');
    expect(await books.findBook('nothing')).toBeUndefined();
  });

  it('composes a book from live briefs and names the ids it could not find', async () => {
    const database = freshDb();
    await fill(database, { ...EMPTY, briefs: [brief(1), brief(2), brief(3, { deletedAt: 5 })] });
    const books = booksRepository(database);
    const all = await books.composeBookFromBriefs('All', 'all', { marking: '' }, 1_000);
    expect(all.book.entries.map((e) => e.id)).toEqual(['brief-1', 'brief-2']);
    const some = await books.composeBookFromBriefs('Some', ['brief-2', 'brief-3', 'nope'], { marking: 'M', annotations: 'notes' }, 1_000);
    expect(some.missing).toEqual(['brief-3', 'nope']);
    expect(some.book.entries.map((e) => e.id)).toEqual(['brief-2']);
    expect(some.book.options.annotations).toBe('notes');
  });

  it('reads everything a print needs for a book or for a single brief', async () => {
    const database = freshDb();
    await fill(database, {
      ...EMPTY,
      briefs: [brief(1), brief(2)],
      annotations: [annotation(1, 'brief-1'), annotation(2, 'brief-2')],
      recommendations: [item(1, ['brief-1']), item(2, ['brief-2'])],
      books: [book(1, ['brief-1'])],
    });
    const books = booksRepository(database);
    const records = await books.loadBookRecords('book-1');
    expect([...records!.briefs.keys()]).toEqual(['brief-1']);
    expect(records!.briefs.get('brief-1')!.markdown).toBe(brief(1).markdown);
    expect([...records!.annotations.keys()]).toEqual(['brief-1']);
    expect(records!.items.map((i) => i.id)).toEqual(['item-1']);
    expect(await books.loadBookRecords('missing')).toBeUndefined();

    await settingsRepository(database).savePreference('defaultMarking', 'SENSITIVE');
    const single = await books.loadBookRecords(singleBriefPrintId('brief-2'));
    expect(single!.book.marking).toBe('SENSITIVE');
    expect([...single!.briefs.keys()]).toEqual(['brief-2']);
  });
});
