// Indexes over sealed fields are empty on disk in a protected library and answered in memory: every
// library read (sorts by title and source, filters, facets, duplicate checks) gives the same answer
// as on the same library unprotected.
import { describe, expect, it } from 'vitest';
import { libraryQuery, NO_FILTER, type LibraryFilter } from '../../../renderer/src/data/library-query.js';
import { briefsRepository, type BriefSort } from '../../../renderer/src/data/briefs.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import type { AppDB } from '../../../renderer/src/data/db.js';
import { brief, fill, generateLibrary, item } from '../backup/library-fixture.js';
import { FAST_KDF, library } from './fixture.js';

const TITLES = ['Zebra crossings', 'apple harvest', 'Ärger im Hafen', 'Berth fees', 'berth fees', '港の料金', 'Berth fees'];
const SOURCES = ['Gazette B', 'Gazette A', '', 'Gazette C'];

function varied() {
  const tables = generateLibrary(0);
  tables.briefs = TITLES.map((title, i) =>
    brief(i, {
      title,
      contentHash: `hash-${i % 5}`,
      topics: i % 2 ? ['trade', 'ports'] : ['energy'],
      tags: i % 3 ? ['urgent'] : [],
      readState: i % 2 ? 'read' : 'unread',
      source: { name: SOURCES[i % SOURCES.length]!, url: '', publishedAt: i % 3 ? `2025-0${i}-01` : null },
      deletedAt: i === 6 ? 1_800_000_000_000 : null,
    }),
  );
  tables.recommendations = [item(0, ['brief-1'], { owner: 'Desk B', topic: 'ports' }), item(1, ['brief-2'], { owner: 'Desk A', status: 'blocked' })];
  return tables;
}

async function twoLibraries(): Promise<[AppDB, AppDB]> {
  const plain = library().open();
  const sealed = library().open();
  await fill(plain, varied());
  await fill(sealed, varied());
  await libraryProtection(sealed).protect('passphrase', { kdf: FAST_KDF, batchSize: 3 });
  return [plain, sealed];
}

const FILTERS: LibraryFilter[] = [
  NO_FILTER,
  { ...NO_FILTER, topic: 'trade' },
  { ...NO_FILTER, tag: 'urgent' },
  { ...NO_FILTER, source: 'Gazette A' },
  { ...NO_FILTER, read: 'read', topic: 'energy' },
  { ...NO_FILTER, openItems: true },
];
const SORTS: BriefSort[] = ['imported', 'published', 'title', 'source'];

describe('a protected library answers index reads as an unprotected one', () => {
  it('sorts, filters, pages and offers facets alike', async () => {
    const [plain, sealed] = await twoLibraries();
    const [p, s] = [libraryQuery(plain), libraryQuery(sealed)];
    for (const sort of SORTS) {
      for (const filter of FILTERS) expect(await s.libraryIds(sort, filter), `${sort} ${JSON.stringify(filter)}`).toEqual(await p.libraryIds(sort, filter));
      expect(await s.firstPage(sort, 4)).toEqual(await p.firstPage(sort, 4));
    }
    expect(await s.libraryFacets()).toEqual(await p.libraryFacets());
    expect((await p.libraryIds('title', NO_FILTER)).length).toBe(6);
  });

  it('finds duplicates and earlier versions, and lists titles, alike', async () => {
    const [plain, sealed] = await twoLibraries();
    const [p, s] = [briefsRepository(plain), briefsRepository(sealed)];
    expect(await s.findLiveBriefByHash('hash-1')).toEqual(await p.findLiveBriefByHash('hash-1'));
    expect(await s.findLiveBriefByHash('hash-1')).toBeDefined();
    expect(await s.briefTitles()).toEqual(await p.briefTitles());
    for (const sort of SORTS) expect(await s.listBriefs(sort, 1, 3)).toEqual(await p.listBriefs(sort, 1, 3));
  });

  it('serves Dexie’s index reads alike: ranges, reverse, unique, limits, counts, cursors', async () => {
    const [plain, sealed] = await twoLibraries();
    const reads: ((db: AppDB) => Promise<unknown>)[] = [
      (db) => db.briefs.orderBy('title').keys(),
      (db) => db.briefs.orderBy('title').reverse().limit(3).primaryKeys(),
      (db) => db.briefs.orderBy('title').uniqueKeys(),
      (db) => db.briefs.where('title').startsWithIgnoreCase('berth').primaryKeys(),
      (db) => db.briefs.where('title').between('B', 'a').toArray(),
      (db) => db.briefs.where('title').equals('Berth fees').count(),
      (db) => db.briefs.where('topics').anyOf(['trade', 'energy']).distinct().primaryKeys(),
      (db) => db.briefs.where('source.name').above('Gazette A').offset(1).toArray(),
      (db) => db.briefs.orderBy('tags').filter((b) => b.readState === 'read').toArray(),
      (db) => db.recommendations.orderBy('owner').toArray(),
      (db) => db.recommendations.where('topic').equals('ports').modify({ notes: 'changed' }).then(() => db.recommendations.orderBy('id').toArray()),
      (db) => db.briefs.where('contentHash').equals('hash-2').delete().then(() => db.briefs.orderBy('id').primaryKeys()),
      async (db) => {
        const seen: string[] = [];
        await db.briefs.orderBy('title').each((b) => void seen.push(b.id));
        return seen;
      },
    ];
    for (const [i, read] of reads.entries()) expect(await read(sealed), `read ${i}`).toEqual(await read(plain));
  });

  it('keeps the sealed indexes empty on disk', async () => {
    const lib = library();
    const database = lib.open();
    await fill(database, varied());
    await libraryProtection(database).protect('passphrase', { kdf: FAST_KDF });
    for (const index of ['title', 'topics', 'tags', 'source.name', 'contentHash']) expect(await lib.indexKeys('briefs', index), index).toEqual([]);
    expect((await lib.indexKeys('briefs', 'importedAt')).length).toBe(TITLES.length);
  });
});
