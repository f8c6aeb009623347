// Library reads at scale: the ordered ids of the briefs a filter keeps (index keys only, never
// whole records), the records of one visible page, and a fast first page for start-up.
import type { IndexableType } from 'dexie';
import type { BriefRecord, ReadState } from '../domain/types.js';
import type { BriefSort } from './briefs.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';

export interface LibraryFilter {
  topic: string | null;
  tag: string | null;
  source: string | null;
  read: ReadState | null;
  /** Only briefs with an open, in-progress or blocked checklist item. */
  openItems: boolean;
  /** Only briefs in this book. */
  book: string | null;
}

export const NO_FILTER: LibraryFilter = { topic: null, tag: null, source: null, read: null, openItems: false, book: null };

const SORT_INDEX: Record<BriefSort, string> = {
  imported: 'importedAt',
  published: 'source.publishedAt',
  title: 'title',
  source: 'source.name',
};
const NEWEST_FIRST: ReadonlySet<BriefSort> = new Set(['imported', 'published']);
const OPEN_STATUSES = ['open', 'in-progress', 'blocked'];

export const isUnfiltered = (f: LibraryFilter): boolean =>
  f.topic === null && f.tag === null && f.source === null && f.read === null && !f.openItems && f.book === null;

export interface LibraryFacets {
  topics: string[];
  tags: string[];
  sources: string[];
}

export function libraryQuery(database: AppDB) {
  /** The first `limit` live briefs of an unfiltered library, straight off the sort index (start-up path). */
  async function firstPage(sort: BriefSort, limit: number): Promise<BriefRecord[]> {
    const { briefs } = database;
    // Keys first, then the records in one batch: a cursor over whole records (to skip the trashed)
    // costs a round trip per brief and takes twice as long on a cold start.
    const trashed = new Set((await briefs.where('deletedAt').above(0).primaryKeys()) as string[]);
    let ordered = briefs.orderBy(SORT_INDEX[sort]);
    if (NEWEST_FIRST.has(sort)) ordered = ordered.reverse();
    const keys = (await ordered.limit(limit + trashed.size).primaryKeys()) as string[];
    return briefsByIds(keys.filter((id) => !trashed.has(id)).slice(0, limit));
  }

  /** The ids a filter keeps, or null for "no constraint"; each comes from one index. */
  async function filterSets(filter: LibraryFilter): Promise<Set<string>[]> {
    const { briefs, recommendations, books } = database;
    const sets: Promise<Iterable<string>>[] = [];
    if (filter.topic !== null) sets.push(briefs.where('topics').equals(filter.topic).primaryKeys());
    if (filter.tag !== null) sets.push(briefs.where('tags').equals(filter.tag).primaryKeys());
    if (filter.source !== null) sets.push(briefs.where('source.name').equals(filter.source).primaryKeys());
    if (filter.read !== null) sets.push(briefs.where('readState').equals(filter.read).primaryKeys());
    if (filter.openItems) {
      sets.push(recommendations.where('status').anyOf(OPEN_STATUSES).toArray().then((items) => items.flatMap((i) => i.briefIds)));
    }
    if (filter.book !== null) {
      const id = filter.book;
      sets.push(books.get(id).then((book) => (book?.entries ?? []).filter((e) => e.kind === 'brief').map((e) => e.id)));
    }
    return (await Promise.all(sets)).map((ids) => new Set(ids));
  }

  /**
   * Ids of the live briefs the filter keeps, in sort order. Reads index keys only (no records), so
   * 10,000 briefs cost one key scan; the list length doubles as the library's count.
   */
  async function libraryIds(sort: BriefSort, filter: LibraryFilter): Promise<string[]> {
    const { briefs } = database;
    let ordered = briefs.orderBy(SORT_INDEX[sort]);
    if (NEWEST_FIRST.has(sort)) ordered = ordered.reverse();
    const [keys, trashed, sets] = await Promise.all([
      ordered.primaryKeys(),
      // Only trashed briefs have a deletedAt in the index (IndexedDB leaves nulls out).
      briefs.where('deletedAt').above(0).primaryKeys(),
      filterSets(filter),
    ]);
    const sortKeys = keys as string[];
    // Briefs without a published date are missing from that index: they go last.
    if (sort === 'published') {
      const dated = new Set(sortKeys);
      const all = (await briefs.toCollection().primaryKeys()) as string[];
      for (const id of all) if (!dated.has(id)) sortKeys.push(id);
    }
    const gone = new Set(trashed as string[]);
    return sortKeys.filter((id) => !gone.has(id) && sets.every((s) => s.has(id)));
  }

  /** The records of one page of ids (without their text), in the same order; ids whose record vanished are skipped. */
  async function briefsByIds(ids: readonly string[]): Promise<BriefRecord[]> {
    const found = await database.briefs.bulkGet([...ids]);
    return found.filter((b): b is BriefRecord => b !== undefined);
  }

  /** The values the filters offer, read from the indexes' distinct keys. */
  async function libraryFacets(): Promise<LibraryFacets> {
    const [topics, tags, sources] = await Promise.all([distinctKeys('topics'), distinctKeys('tags'), distinctKeys('source.name')]);
    const strings = (keys: unknown[]) => keys.filter((k): k is string => typeof k === 'string' && k !== '');
    return { topics: strings(topics), tags: strings(tags), sources: strings(sources) };
  }

  /**
   * An index's distinct keys, one seek past the previous key each. Chromium serves a 'nextunique'
   * cursor (Dexie's uniqueKeys) by stepping over every entry: about 0.4 s per index at 10,000 briefs,
   * while a handful of seeks costs a few milliseconds.
   */
  async function distinctKeys(index: string): Promise<IndexableType[]> {
    const { briefs } = database;
    const keys: IndexableType[] = [];
    for (;;) {
      const last = keys[keys.length - 1];
      const [next] = await (last === undefined ? briefs.orderBy(index) : briefs.where(index).above(last)).limit(1).keys();
      if (next === undefined) return keys;
      keys.push(next);
    }
  }

  /** How many open, in-progress or blocked checklist items each of `ids` has (one index read for the page). */
  async function openItemCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const wanted = new Set(ids);
    const counts = new Map<string, number>();
    const items = await database.recommendations.where('briefIds').anyOf([...ids]).distinct().toArray();
    for (const item of items) {
      if (!OPEN_STATUSES.includes(item.status)) continue;
      for (const id of item.briefIds) if (wanted.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  return { firstPage, libraryIds, briefsByIds, libraryFacets, openItemCounts };
}

export const { firstPage, libraryIds, briefsByIds, libraryFacets, openItemCounts } = boundToApp(libraryQuery);
