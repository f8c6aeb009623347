// Library reads at scale on a fresh database per test: ordered ids under filters, pages and facets.
import { describe, expect, it } from 'vitest';
import { libraryQuery, NO_FILTER } from '../../../renderer/src/data/library-query.js';
import { book, brief, fill, freshDb, item } from '../backup/library-fixture.js';

async function library() {
  const database = freshDb();
  await fill(database, {
    briefs: [
      brief(1, { topics: ['trade'], tags: ['urgent'], source: { name: 'Gazette A', url: '', publishedAt: '2025-01-02' } }),
      brief(2, { topics: ['security'], readState: 'read', source: { name: 'Gazette B', url: '', publishedAt: null } }),
      brief(3, { topics: ['trade'], tags: [], source: { name: 'Gazette A', url: '', publishedAt: '2025-03-04' } }),
      brief(4, { deletedAt: 9, topics: ['energy'], source: { name: 'Gazette A', url: '', publishedAt: null } }),
    ],
    annotations: [],
    recommendations: [item(1, ['brief-3']), item(2, ['brief-1'], { status: 'done' })],
    books: [book(1, ['brief-2', 'brief-1'])],
    settings: [],
  });
  return libraryQuery(database);
}

describe('libraryQuery', () => {
  it('orders live briefs by each sort, undated last when sorting by publication', async () => {
    const query = await library();
    expect(await query.libraryIds('imported', NO_FILTER)).toEqual(['brief-3', 'brief-2', 'brief-1']);
    expect(await query.libraryIds('published', NO_FILTER)).toEqual(['brief-3', 'brief-1', 'brief-2']);
    expect((await query.firstPage('imported', 2)).map((b) => b.id)).toEqual(['brief-3', 'brief-2']);
  });

  it('keeps only the briefs every filter keeps', async () => {
    const query = await library();
    expect(await query.libraryIds('imported', { ...NO_FILTER, topic: 'trade' })).toEqual(['brief-3', 'brief-1']);
    expect(await query.libraryIds('imported', { ...NO_FILTER, topic: 'trade', tag: 'urgent' })).toEqual(['brief-1']);
    expect(await query.libraryIds('imported', { ...NO_FILTER, read: 'read' })).toEqual(['brief-2']);
    expect(await query.libraryIds('imported', { ...NO_FILTER, openItems: true })).toEqual(['brief-3']);
    expect(await query.libraryIds('imported', { ...NO_FILTER, book: 'book-1' })).toEqual(['brief-2', 'brief-1']);
    expect(await query.libraryIds('imported', { ...NO_FILTER, source: 'Gazette B', topic: 'trade' })).toEqual([]);
  });

  it('reads a page of records in the order asked and offers each facet once', async () => {
    const query = await library();
    expect((await query.briefsByIds(['brief-3', 'gone', 'brief-1'])).map((b) => b.id)).toEqual(['brief-3', 'brief-1']);
    expect(await query.libraryFacets()).toEqual({ topics: ['energy', 'security', 'trade'], tags: ['urgent'], sources: ['Gazette A', 'Gazette B'] });
  });
});
