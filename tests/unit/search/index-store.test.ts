// The stored search index: written in one piece with the journal trimmed behind it, read back to
// the same answers, refused when damaged, outdated or overtaken, and never kept for a protected library.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB, SCHEMA_V8, type StoredIndexPart } from '../../../renderer/src/data/db.js';
import { readJournal, readSourceState, readStoredIndex, saveIndex } from '../../../renderer/src/data/search-index-store.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { createLibraryBackup, readLibrary, restoreBackup } from '../../../renderer/src/data/backup.js';
import { putBriefs } from '../../../renderer/src/data/brief-bodies.js';
import { readBackup } from '../../../renderer/src/domain/backup/index.js';
import { parseQuery } from '../../../renderer/src/domain/search/query.js';
import { fromParts, isStale, toParts } from '../../../renderer/src/search/index-parts.js';
import { SearchIndex, type SearchDoc } from '../../../renderer/src/search/search-index.js';
import { brief, fill, freshDb, generateLibrary, sorted } from '../backup/library-fixture.js';
import { FAST_KDF } from '../protection/fixture.js';

const doc = (id: string, title: string, text: string, updatedAt: number): SearchDoc => ({ id, kind: 'brief', title, text, topics: [], tags: [], briefId: null, updatedAt });

function sampleIndex(): SearchIndex {
  const index = new SearchIndex();
  index.upsert(doc('b1', 'Harbour talks resume', 'Customs officers met the ferry operators.', 10));
  index.upsert(doc('b2', 'Grain corridor', 'The harbour reopened to grain ships on Tuesday.', 20));
  index.upsert(doc('b3', 'Dredging plan', 'The channel will be deepened before winter.', 30));
  index.remove('b3');
  return index;
}

const found = (index: SearchIndex, q: string) => index.search(parseQuery(q)).groups.brief.map((h) => h.id);
const empty = { counts: { briefs: 0, annotations: 0, recommendations: 0 }, lastSeq: 0 };

describe('the search journal', () => {
  it('notes each written or deleted record in the write’s own transaction, and a cleared table as a whole', async () => {
    const database = freshDb();
    await fill(database, generateLibrary(2));
    await database.briefs.update('brief-1', { title: 'Renamed' });
    await database.annotations.delete('note-0');
    const ids = (await readJournal(database, 0)).map((e) => `${e.table}:${e.id}`);
    expect(ids).toEqual(expect.arrayContaining(['briefs:brief-0', 'briefs:brief-1', 'recommendations:item-0']));
    expect(ids.slice(-2)).toEqual(['briefs:brief-1', 'annotations:note-0']);

    const before = (await readJournal(database, 0)).length;
    await expect(database.transaction('rw', database.briefs, async () => {
      await database.briefs.update('brief-0', { title: 'Never kept' });
      throw new Error('abandoned');
    })).rejects.toThrow('abandoned');
    expect(await readJournal(database, 0)).toHaveLength(before);

    await database.briefs.clear();
    expect((await readJournal(database, 0)).at(-1)).toMatchObject({ table: 'briefs', id: null });
  });

  it('notes a restored backup as a whole table to read again, so the index is rebuilt after a restore', async () => {
    const database = freshDb();
    await fill(database, generateLibrary(3));
    const backup = await readBackup(await createLibraryBackup({ appVersion: '0.1.0', now: 1 }, database));
    const after = (await readSourceState(database)).lastSeq;
    await restoreBackup(backup, 'replace', { copyTitle: (t) => t }, database);
    expect(sorted(await readLibrary(database))).toEqual(sorted(backup.tables));
    expect((await readJournal(database, after)).some((e) => e.table === 'briefs' && e.id === null)).toBe(true);
    expect(await readStoredIndex(database)).toEqual([]);
  });
});

describe('the stored search index', () => {
  it('reads back to the same answers, and takes new documents after loading', async () => {
    const database = freshDb();
    const index = sampleIndex();
    const state = await readSourceState(database);
    expect(await saveIndex(database, toParts(index.snapshot(), 0, state), 0, state)).toBe(true);

    const stored = fromParts(await readStoredIndex(database))!;
    const loaded = SearchIndex.fromSnapshot(stored.snapshot);
    for (const q of ['harbour', 'ferry', 'grain', 'channel', 'harb']) expect(found(loaded, q)).toEqual(found(index, q));
    expect(loaded.size).toBe(2);
    loaded.upsert(doc('b4', 'Harbour fees', 'New fees for ferry berths.', 40));
    loaded.remove('b1');
    expect(found(loaded, 'ferry')).toEqual(['b4']);
    expect(found(loaded, 'harbour')).toEqual(['b4', 'b2']);
  });

  it('is refused when a part is missing, a list does not add up, or its format or schema is another', () => {
    const parts = toParts(sampleIndex().snapshot(), 0, empty);
    const change = (name: string, edit: (value: Record<string, unknown>) => unknown): StoredIndexPart[] =>
      parts.map((p) => (p.part === name ? { ...p, value: edit(p.value as Record<string, unknown>) } : p));
    const load = (damaged: StoredIndexPart[]) => () => SearchIndex.fromSnapshot(fromParts(damaged)!.snapshot);

    expect(fromParts([])).toBeNull();
    expect(load(parts.filter((p) => p.part !== 'docs:0'))).toThrow('missing');
    expect(load(parts.filter((p) => p.part !== 'all'))).toThrow('damaged');
    expect(load(change('stamp', (s) => ({ ...s, format: 0 })))).toThrow('another format');
    expect(load(change('stamp', (s) => ({ ...s, schema: 8 })))).toThrow('schema');
    expect(load(change('all', (w) => ({ ...w, nums: (w.nums as Uint32Array).subarray(1) })))).toThrow();
    expect(load(change('titles', (w) => ({ ...w, nums: (w.nums as Uint32Array).map(() => 99) })))).toThrow('does not hold');
    expect(load(change('docs:0', (d) => [...(d as unknown as SearchDoc[]), (d as unknown as SearchDoc[])[0]]))).toThrow();
    expect(load(parts)).not.toThrow();
  });

  it('is stale when the tables changed without the journal, not when the journal moved on', async () => {
    const indexedDB = new IDBFactory();
    const database = new AppDB('stale', { indexedDB, IDBKeyRange });
    await putBriefs(database, [brief(0)]);
    const saved = await readSourceState(database);
    const stamp = fromParts(toParts(sampleIndex().snapshot(), saved.lastSeq, saved))!.stamp;
    expect(isStale(stamp, await readSourceState(database))).toBe(false);

    // A write around the app (another program, or an older build) leaves no journal entry.
    const raw = new Dexie('stale', { indexedDB, IDBKeyRange });
    await raw.open();
    await raw.table('annotations').add({ id: 'outside', briefId: 'brief-0', note: 'x' });
    raw.close();
    expect(isStale(stamp, await readSourceState(database))).toBe(true);

    await putBriefs(database, [brief(1)]);
    expect(isStale(stamp, await readSourceState(database))).toBe(false);
  });

  it('is not saved over changes it has not taken in, nor for a protected library, and protection drops it', async () => {
    const database = freshDb();
    const parts = toParts(sampleIndex().snapshot(), 0, empty);
    const state = await readSourceState(database);
    await putBriefs(database, [brief(0)]);
    expect(await saveIndex(database, parts, 0, state)).toBe(false);
    expect(await readStoredIndex(database)).toEqual([]);

    const now = await readSourceState(database);
    expect(await saveIndex(database, parts, now.lastSeq, now)).toBe(true);
    expect(await readJournal(database, 0)).toEqual([]);
    await libraryProtection(database).protect('a long passphrase', { kdf: FAST_KDF });
    expect(await readStoredIndex(database)).toEqual([]);
    const later = await readSourceState(database);
    expect(await saveIndex(database, parts, later.lastSeq, later)).toBe(false);
    expect(await readStoredIndex(database)).toEqual([]);
  });
});

describe('schema v9', () => {
  it('a v8 library opens at v9 with its records unchanged, no stored index, and a journal from then on', async () => {
    const indexedDB = new IDBFactory();
    const reference = freshDb();
    await fill(reference, generateLibrary(5));
    const expected = sorted(await readLibrary(reference));

    const old = new Dexie('v8-library', { indexedDB, IDBKeyRange });
    old.version(8).stores(SCHEMA_V8);
    await old.open();
    for (const table of reference.tables.filter((t) => t.name in SCHEMA_V8)) await old.table(table.name).bulkAdd(await table.toArray());
    old.close();

    const current = new AppDB('v8-library', { indexedDB, IDBKeyRange });
    expect(sorted(await readLibrary(current))).toEqual(expected);
    expect(current.verno).toBeGreaterThanOrEqual(9);
    expect(await readStoredIndex(current)).toEqual([]);
    expect(await readJournal(current, 0)).toEqual([]);
    await current.briefs.update('brief-2', { title: 'After the upgrade' });
    expect(await readJournal(current, 0)).toMatchObject([{ table: 'briefs', id: 'brief-2' }]);
  });
});
