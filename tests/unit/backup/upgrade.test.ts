// Upgrades: every pure migration function, and a library written with the OLDEST schema opened
// by the current AppDB with every record intact.
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDB, CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../renderer/src/data/db.js';
import { withBodies } from '../../../renderer/src/data/brief-bodies.js';
import { readLibrary } from '../../../renderer/src/data/backup.js';
import { annotationV1toV2, bookV1toV2, briefV1toV2, recommendationV1toV2 } from '../../../renderer/src/domain/migrations/v2.js';
import { briefV2toV3 } from '../../../renderer/src/domain/migrations/v3.js';
import { BODY_PIECE_CHARS, bodyPieces, briefV3toV4, joinBrief, piecesInOrder, splitBrief } from '../../../renderer/src/domain/migrations/v4.js';
import { BACKUP_TABLES, TABLE_SCHEMAS, sha256Hex } from '../../../renderer/src/domain/backup/index.js';
import { sorted } from './library-fixture.js';

const fixture = JSON.parse(readFileSync('tests/fixtures/backup/v1-library.json', 'utf8'));
const NOW = 1_700_000_000_000;
/** The tables schema v1 had (images came with v5). */
const V1_TABLES = BACKUP_TABLES.filter((table) => table !== 'images');
/** Fields in a fixed order: since v4 a brief's text is joined back from its own table, so it comes last. */
const canonical = (record: object) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
const hashOf = (records: object[]) => sha256Hex(new TextEncoder().encode(JSON.stringify(records.map(canonical))));

describe('schema v1 → v2 functions', () => {
  it('briefV1toV2 adds provenance with defaults and keeps every v1 field', () => {
    const [unread, read] = fixture.briefs;
    const upgraded = briefV1toV2(read);
    expect(upgraded).toMatchObject(read);
    expect(upgraded).toMatchObject({ fileName: '', removedLines: [], excerpt: '', readProgress: 1, deletedAt: null });
    expect(upgraded.topicEvidence).toEqual([{ topic: 'trade', terms: [] }, { topic: 'ports', terms: [] }]);
    expect(briefV1toV2(unread).readProgress).toBe(0);
    // Idempotent: a record already at v2 is left as it is.
    expect(briefV1toV2(upgraded)).toEqual(upgraded);
  });

  it('annotationV1toV2 marks annotations as anchored', () => {
    expect(annotationV1toV2(fixture.annotations[0])).toEqual({ ...fixture.annotations[0], orphaned: false });
    expect(annotationV1toV2({ ...fixture.annotations[0], orphaned: true }).orphaned).toBe(true);
  });

  it('recommendationV1toV2 derives sources and times from the item itself', () => {
    const [single, merged] = fixture.recommendations;
    expect(recommendationV1toV2(single, NOW)).toMatchObject({ sources: [{ briefId: 'v1-brief-0', selector: single.selector }], createdAt: 1690002000000, updatedAt: 1690002000000 });
    expect(recommendationV1toV2(merged, NOW)).toMatchObject({ createdAt: 1690003000000, updatedAt: 1690004000000 });
    expect(recommendationV1toV2({ ...single, briefIds: [], history: [] }, NOW)).toMatchObject({ sources: [], createdAt: NOW, updatedAt: NOW });
  });

  it('bookV1toV2 turns old entries into brief entries and fills the options', () => {
    const upgraded = bookV1toV2(fixture.books[0], NOW);
    expect(upgraded.entries).toEqual([
      { kind: 'brief', id: 'v1-brief-0', title: '', note: 'Read first' },
      { kind: 'brief', id: 'v1-brief-1', title: '', note: '' },
    ]);
    expect(upgraded.options).toMatchObject({ paper: 'Letter', annotations: 'notes', checklist: true });
    expect(upgraded).toMatchObject({ meeting: '', preparedFor: '', createdAt: NOW, updatedAt: NOW });
  });
});

describe('schema v2 → v3 function', () => {
  it('briefV2toV3 starts every brief at revision 0 and keeps every v2 field', () => {
    const v2 = briefV1toV2(fixture.briefs[1]);
    const upgraded = briefV2toV3(v2);
    expect(upgraded).toEqual({ ...v2, revision: 0 });
    // Idempotent: a brief already at v3 keeps its revision.
    expect(briefV2toV3({ ...v2, revision: 4 }).revision).toBe(4);
  });
});

describe('schema v3 → v4 functions', () => {
  it('briefV3toV4 moves the text into pieces of its own and keeps every other field', () => {
    const v3 = briefV2toV3(briefV1toV2(fixture.briefs[0]));
    const { record, pieces } = briefV3toV4(v3);
    expect(record).not.toHaveProperty('markdown');
    expect(pieces).toEqual([{ id: v3.id, part: 0, text: v3.markdown }]);
    expect(joinBrief(record, piecesInOrder(pieces).join(''))).toEqual(v3);
    // Idempotent: a record already without its text stays as it is and makes no pieces.
    expect(briefV3toV4(record)).toEqual({ record, pieces: [] });
    expect(splitBrief(v3)).toEqual({ record, pieces });
  });

  it('a long text is cut into pieces that join back to it exactly, whatever order they are read in', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `Line ${i} of the fictional harbour minutes. `).join('\n');
    const pieces = bodyPieces('b', text, 1_000);
    expect(pieces.length).toBe(Math.ceil(text.length / 1_000));
    expect(pieces.every((p) => p.text.length <= 1_000 && p.id === 'b')).toBe(true);
    expect(piecesInOrder([...pieces].reverse()).join('')).toBe(text);
    expect(bodyPieces('e', '')).toEqual([{ id: 'e', part: 0, text: '' }]);
  });
});

describe('a library written with schema v3', () => {
  it('opens with the current AppDB: records without their text, the text in pieces, the briefs whole when joined', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v3-library', { indexedDB, IDBKeyRange });
    old.version(3).stores(SCHEMA_V3);
    const long = 'A fictional paragraph about the northern quay. '.repeat(12_000);
    const v3Briefs = fixture.briefs.map((b: never, i: number) => ({ ...briefV2toV3(briefV1toV2(b)), ...(i === 0 ? { markdown: long } : {}) }));
    await old.table('briefs').bulkAdd(v3Briefs);
    old.close();

    const current = new AppDB('v3-library', { indexedDB, IDBKeyRange });
    const records = await current.briefs.orderBy('id').toArray();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const record of records) expect(record).not.toHaveProperty('markdown');
    const byId = [...v3Briefs].sort((a, b) => a.id.localeCompare(b.id));
    expect(await current.bodies.count()).toBe(byId.length - 1 + Math.ceil(long.length / BODY_PIECE_CHARS));
    expect(await withBodies(current, records)).toEqual(byId);
  });
});

describe('a library written with schema v2', () => {
  it('opens with the current AppDB, briefs at revision 0 and otherwise unchanged', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v2-library', { indexedDB, IDBKeyRange });
    old.version(2).stores(SCHEMA_V2);
    const v2Briefs = fixture.briefs.map((b: never) => briefV1toV2(b));
    await old.table('briefs').bulkAdd(v2Briefs);
    old.close();

    const current = new AppDB('v2-library', { indexedDB, IDBKeyRange });
    const briefs = await withBodies(current, await current.briefs.orderBy('id').toArray());
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(briefs.map(({ revision, ...rest }) => [revision, rest])).toEqual(
      [...v2Briefs].sort((a, b) => a.id.localeCompare(b.id)).map((b) => [0, b]),
    );
    for (const brief of briefs) expect(TABLE_SCHEMAS.briefs.safeParse(brief).success).toBe(true);
  });
});

describe('a library written with schema v1', () => {
  it('opens with the current AppDB, every record upgraded and valid, counts and hashes intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('v1-library', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    await old.transaction('rw', old.tables, async () => {
      for (const table of V1_TABLES) await old.table(table).bulkAdd(fixture[table]);
    });
    old.close();

    const current = new AppDB('v1-library', { indexedDB, IDBKeyRange });
    const library = sorted(await readLibrary(current));
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);

    expect(library.images).toEqual([]);
    for (const table of V1_TABLES) {
      expect(library[table].length, table).toBe(fixture[table].length);
      for (const record of library[table]) expect(TABLE_SCHEMAS[table].safeParse(record).success, `${table} record valid`).toBe(true);
    }
    // Every v1 field survived unchanged: stripping the v2 additions gives back the fixture.
    const v1Briefs = library.briefs.map(({ fileName: _f, removedLines: _r, topicEvidence: _t, excerpt: _e, readProgress: _p, deletedAt: _d, revision: _v, ...rest }) => rest);
    expect(await hashOf(v1Briefs)).toBe(await hashOf(fixture.briefs));
    expect(await hashOf(library.annotations.map(({ orphaned: _o, ...rest }) => rest))).toBe(await hashOf(fixture.annotations));
    expect(await hashOf(library.settings)).toBe(await hashOf(fixture.settings));
    expect(library.recommendations.map((r) => r.text)).toEqual(fixture.recommendations.map((r: { text: string }) => r.text));
    expect(library.books[0]?.entries.map((e) => e.id)).toEqual(['v1-brief-0', 'v1-brief-1']);
    // The v2 indexes work on upgraded data.
    expect(await current.briefs.where('deletedAt').above(0).count()).toBe(0);
    expect(await current.recommendations.orderBy('updatedAt').first()).toMatchObject({ id: 'v1-item-0' });
  });
});
