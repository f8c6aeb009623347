import { describe, expect, it } from 'vitest';
import { packBackup, readBackup, screenTables, type LibraryTables } from '../../../renderer/src/domain/backup/index.js';
import { annotation, book, brief, item } from './library-fixture.js';

const bookMeta = { kind: 'book' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: 'book-0' };
const libraryMeta = { ...bookMeta, kind: 'library' as const, bookId: null };

/** A shared book that also carries what a book may not bring: settings, another book, a brief it does not list. */
function hostilePackage(): LibraryTables {
  return {
    books: [book(0, ['brief-0', 'brief-1']), book(1, ['brief-7'])],
    briefs: [brief(0), brief(1), brief(7)],
    annotations: [annotation(0, 'brief-0'), annotation(7, 'brief-7'), annotation(8, 'brief-missing')],
    recommendations: [item(0, ['brief-0']), item(1, ['brief-1', 'brief-7']), item(7, ['brief-7'])],
    settings: [
      { key: 'language', value: 'xx' },
      { key: 'defaultMarking', value: 'TOP SECRET' },
    ],
    images: [],
  };
}

describe('what a file may bring into a library', () => {
  it('a book package brings only its book, the briefs it lists, and their annotations and items', async () => {
    const { tables, dropped } = await readBackup(await packBackup(hostilePackage(), bookMeta));
    expect(tables.settings).toEqual([]);
    expect(tables.books.map((b) => b.id)).toEqual(['book-0']);
    expect(tables.briefs.map((b) => b.id)).toEqual(['brief-0', 'brief-1']);
    expect(tables.annotations.map((a) => a.id)).toEqual(['note-0']);
    // An item shared with a brief outside the book keeps only the book's brief.
    expect(tables.recommendations.map((r) => [r.id, r.briefIds, r.sources.map((s) => s.briefId)])).toEqual([
      ['item-0', ['brief-0'], ['brief-0']],
      ['item-1', ['brief-1'], ['brief-1']],
    ]);
    expect(dropped).toEqual([
      { table: 'books', reason: 'not-in-book', count: 1 },
      { table: 'briefs', reason: 'not-in-book', count: 1 },
      { table: 'settings', reason: 'not-in-book', count: 2 },
      { table: 'annotations', reason: 'missing-brief', count: 2 },
      { table: 'recommendations', reason: 'missing-brief', count: 1 },
    ]);
  });

  it('refuses a book package without the book its manifest names', async () => {
    await expect(readBackup(await packBackup({ ...hostilePackage(), books: [book(1, ['brief-0'])] }, bookMeta))).rejects.toMatchObject({ code: 'bad-manifest' });
  });

  it('a library backup keeps valid settings and leaves out unknown keys and unusable values', () => {
    const { tables, dropped } = screenTables(libraryMeta, {
      ...hostilePackage(),
      settings: [
        { key: 'language', value: 'xx' },
        { key: 'textSize', value: 'huge' },
        { key: 'theme', value: 'dark' },
        { key: 'topicLexicon', value: { trade: ['tariff*'] } },
        { key: 'somethingElse', value: 1 },
        { key: 'markingChosen', value: true },
        { key: 'markingChosen', value: 'yes' },
      ],
    });
    expect(tables.settings).toEqual([
      { key: 'theme', value: 'dark' },
      { key: 'topicLexicon', value: { trade: ['tariff*'] } },
      { key: 'markingChosen', value: true },
    ]);
    expect(dropped).toContainEqual({ table: 'settings', reason: 'bad-setting', count: 4 });
  });

  it('leaves out passages that end before they start, in annotations, items and item sources', () => {
    const backwards = { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 40, end: 10 } };
    const input: LibraryTables = {
      books: [],
      briefs: [brief(0)],
      annotations: [annotation(0, 'brief-0'), annotation(1, 'brief-0', { selector: backwards })],
      recommendations: [item(0, ['brief-0']), item(1, ['brief-0'], { selector: backwards }), item(2, ['brief-0'], { sources: [{ briefId: 'brief-0', selector: backwards }] })],
      settings: [],
      images: [],
    };
    const { tables, dropped } = screenTables(libraryMeta, input);
    expect(tables.annotations.map((a) => a.id)).toEqual(['note-0']);
    expect(tables.recommendations.map((r) => r.id)).toEqual(['item-0']);
    expect(dropped).toEqual([
      { table: 'annotations', reason: 'bad-selector', count: 1 },
      { table: 'recommendations', reason: 'bad-selector', count: 2 },
    ]);
  });

  it('an intact library backup comes through whole, with nothing left out', () => {
    const input: LibraryTables = { ...hostilePackage(), annotations: [annotation(0, 'brief-0')], settings: [{ key: 'theme', value: 'sepia' }] };
    const { tables, dropped } = screenTables(libraryMeta, input);
    expect(dropped).toEqual([]);
    expect(tables).toEqual(input);
  });
});
