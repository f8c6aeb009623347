import { describe, expect, it } from 'vitest';
import { TRASH_DAYS, trashRepository, withoutBrief } from '../../../renderer/src/data/trash.js';
import { readBody } from '../../../renderer/src/data/brief-bodies.js';
import { fill, freshDb, generateLibrary, item } from './library-fixture.js';

const DAY = 86_400_000;

describe('the Trash', () => {
  it('moves a brief to the Trash and back with its annotations and items', async () => {
    const database = freshDb();
    const trash = trashRepository(database);
    await fill(database, generateLibrary(3));
    await trash.moveBriefToTrash('brief-0', 5_000);
    expect((await trash.listTrash()).map((b) => b.id)).toEqual(['brief-0']);
    expect(await database.annotations.where('briefId').equals('brief-0').count()).toBe(1);
    await trash.restoreBriefFromTrash('brief-0');
    expect(await trash.listTrash()).toEqual([]);
    expect((await database.briefs.get('brief-0'))?.deletedAt).toBeNull();
    expect(await database.recommendations.where('briefIds').equals('brief-0').count()).toBe(1);
  });

  it('lists the most recently deleted first', async () => {
    const database = freshDb();
    const trash = trashRepository(database);
    await fill(database, generateLibrary(3));
    await trash.moveBriefToTrash('brief-2', 1_000);
    await trash.moveBriefToTrash('brief-0', 3_000);
    await trash.moveBriefToTrash('brief-1', 2_000);
    expect((await trash.listTrash()).map((b) => b.id)).toEqual(['brief-0', 'brief-1', 'brief-2']);
  });

  it('deleting for good takes the annotations and items along, and detaches shared items', async () => {
    const database = freshDb();
    const trash = trashRepository(database);
    const library = generateLibrary(3);
    library.recommendations.push(item(77, ['brief-0', 'brief-1']));
    await fill(database, library);
    await trash.moveBriefToTrash('brief-0', 1);
    await trash.deleteForever('brief-0');
    expect(await database.briefs.get('brief-0')).toBeUndefined();
    expect(await readBody(database, 'brief-0'), 'its text goes with it').toBeUndefined();
    expect(await readBody(database, 'brief-1')).toBeDefined();
    expect(await database.annotations.where('briefId').equals('brief-0').count()).toBe(0);
    expect(await database.recommendations.get('item-0')).toBeUndefined();
    const shared = await database.recommendations.get('item-77');
    expect(shared?.briefIds).toEqual(['brief-1']);
    expect(shared?.sources.map((s) => s.briefId)).toEqual(['brief-1']);
  });

  it('refuses to delete for good a brief that is not in the Trash', async () => {
    const database = freshDb();
    const trash = trashRepository(database);
    await fill(database, generateLibrary(1));
    await trash.deleteForever('brief-0');
    expect(await database.briefs.get('brief-0')).toBeDefined();
  });

  it(`purges on start only what is older than ${TRASH_DAYS} days, and Empty Trash purges the rest`, async () => {
    const database = freshDb();
    const trash = trashRepository(database);
    await fill(database, generateLibrary(3));
    const now = 100 * DAY;
    await trash.moveBriefToTrash('brief-0', now - 31 * DAY);
    await trash.moveBriefToTrash('brief-1', now - 2 * DAY);
    expect(await trash.purgeExpiredTrash(now)).toBe(1);
    expect((await trash.listTrash()).map((b) => b.id)).toEqual(['brief-1']);
    expect(await trash.emptyTrash()).toBe(1);
    expect(await trash.listTrash()).toEqual([]);
    expect(await database.briefs.count()).toBe(1);
    expect(await database.annotations.count()).toBe(1);
  });

  it('withoutBrief keeps an item drawn from other briefs and drops one drawn only from this one', () => {
    expect(withoutBrief(item(1, ['a']), 'a')).toBeNull();
    expect(withoutBrief(item(1, ['a', 'b']), 'a')).toMatchObject({ briefIds: ['b'] });
  });
});
