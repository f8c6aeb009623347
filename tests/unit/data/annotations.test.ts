// The annotations repository on a fresh database per test.
import { describe, expect, it } from 'vitest';
import { annotationsRepository } from '../../../renderer/src/data/annotations.js';
import { annotation, brief, fill, freshDb } from '../backup/library-fixture.js';

const EMPTY = { briefs: [], annotations: [], recommendations: [], books: [], settings: [] };
const at = (start: number) => ({ quote: { exact: 'words', prefix: '', suffix: '' }, position: { start, end: start + 5 } });

describe('annotationsRepository', () => {
  it('lists a brief\'s annotations in reading order with orphans last', async () => {
    const database = freshDb();
    await fill(database, { ...EMPTY, annotations: [annotation(30, 'b'), annotation(10, 'b', { orphaned: true }), annotation(20, 'b'), annotation(5, 'other')] });
    const ids = (await annotationsRepository(database).listAnnotations('b')).map((a) => a.id);
    expect(ids).toEqual(['note-20', 'note-30', 'note-10']);
  });

  it('adds, updates, deletes and restores one annotation exactly', async () => {
    const database = freshDb();
    const annotations = annotationsRepository(database);
    const added = await annotations.addAnnotation('b', at(3), { color: 'blue', note: 'Ask the port' }, 1_000);
    expect(added).toMatchObject({ briefId: 'b', color: 'blue', note: 'Ask the port', tags: [], createdAt: 1_000, orphaned: false });
    await annotations.updateAnnotation(added.id, { note: 'Asked', forPrincipal: true });
    const updated = await database.annotations.get(added.id);
    expect(updated).toMatchObject({ note: 'Asked', forPrincipal: true });
    expect(updated!.updatedAt).toBeGreaterThan(1_000);

    const removed = await annotations.deleteAnnotation(added.id);
    expect(removed).toEqual(updated);
    expect(await database.annotations.count()).toBe(0);
    await annotations.restoreAnnotation(removed!);
    expect(await database.annotations.get(added.id)).toEqual(updated);
    expect(await annotations.deleteAnnotation('missing')).toBeUndefined();
  });

  it('gathers annotated live briefs by title for the library-wide export', async () => {
    const database = freshDb();
    await fill(database, {
      ...EMPTY,
      briefs: [brief(1, { title: 'Zebra crossing' }), brief(2, { title: 'Anchorage' }), brief(3, { deletedAt: 5 }), brief(4)],
      annotations: [annotation(9, 'brief-1'), annotation(2, 'brief-1'), annotation(1, 'brief-2'), annotation(3, 'brief-3')],
    });
    const found = await annotationsRepository(database).listAnnotatedBriefs();
    expect(found.map((f) => [f.brief.title, f.annotations.map((a) => a.id)])).toEqual([
      ['Anchorage', ['note-1']],
      ['Zebra crossing', ['note-2', 'note-9']],
    ]);
    expect(found[0]!.brief.markdown).toBe(brief(2).markdown);
  });
});
