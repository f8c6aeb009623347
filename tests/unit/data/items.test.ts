// The checklist items repository on a fresh database per test: suggestions, triage, merging and undo.
import { describe, expect, it } from 'vitest';
import { itemsRepository } from '../../../renderer/src/data/items.js';
import { suggestionCountRepository } from '../../../renderer/src/data/suggestion-count.js';
import { brief, fill, freshDb, item } from '../backup/library-fixture.js';

const EMPTY = { briefs: [], annotations: [], recommendations: [], books: [], settings: [] };

describe('itemsRepository', () => {
  it('makes an item from a selection and lists a brief\'s items in passage order', async () => {
    const database = freshDb();
    const items = itemsRepository(database);
    const selector = { quote: { exact: 'Open  a\ncustoms desk', prefix: '', suffix: '' }, position: { start: 40, end: 60 } };
    const made = await items.createItemFromSelection('b', selector, { topic: 'trade', author: 'A. Tester' }, 1_000);
    expect(made).toMatchObject({ text: 'Open a customs desk', status: 'open', topic: 'trade', history: [{ at: 1_000, by: 'A. Tester', from: null, to: 'open' }] });
    await fill(database, { ...EMPTY, recommendations: [item(10, ['b'])] });
    expect((await items.itemsForBrief('b')).map((i) => i.id)).toEqual(['item-10', made.id]);
    expect(await items.listAllItems()).toHaveLength(2);
  });

  it('tracks accepted items only, and leaves out those whose briefs are all in the Trash', async () => {
    const database = freshDb();
    await fill(database, {
      ...EMPTY,
      briefs: [brief(1), brief(2, { deletedAt: 5 })],
      recommendations: [
        item(1, ['brief-1']),
        item(2, ['brief-1'], { status: 'suggested' }),
        item(3, ['brief-1'], { status: 'dismissed' }),
        item(4, ['brief-2']),
        item(5, ['brief-1', 'brief-2'], { status: 'blocked' }),
        item(6, ['brief-2'], { status: 'suggested' }),
      ],
    });
    const items = itemsRepository(database);
    expect((await items.listTrackedItems()).map((i) => i.id).sort()).toEqual(['item-1', 'item-5']);
    expect((await items.listOpenSuggestions()).map((i) => i.id)).toEqual(['item-2']);
    expect(await suggestionCountRepository(database).countOpenSuggestions()).toBe(1);
    const inbox = await items.inboxContents();
    expect(inbox.items.map((i) => i.id)).toEqual(['item-2']);
    expect(inbox.order).toEqual(['brief-1']);
    expect(inbox.briefs.map((b) => b.markdown)).toEqual([brief(1).markdown]);
  });

  it('changes statuses with history, dismisses with a reason and undoes a triage step', async () => {
    const database = freshDb();
    await fill(database, { ...EMPTY, recommendations: [item(1, ['b'], { status: 'suggested' }), item(2, ['b'], { status: 'suggested' })] });
    const items = itemsRepository(database);
    const before = await database.recommendations.toArray();
    expect(await items.setItemsStatus(['item-1', 'item-2', 'gone'], 'open', 'A. Tester', 2_000)).toEqual(['suggested', 'suggested', undefined]);
    expect((await database.recommendations.get('item-1'))!.history.at(-1)).toEqual({ at: 2_000, by: 'A. Tester', from: 'suggested', to: 'open' });
    expect(await items.setItemStatus('item-1', 'done', 'A. Tester', 3_000)).toBe('open');

    await items.dismissItem('item-2', 'A. Tester', '  Not ours  ', 4_000);
    expect(await database.recommendations.get('item-2')).toMatchObject({ status: 'dismissed', dismissReason: 'Not ours' });

    await items.restoreItems(before);
    expect(await database.recommendations.toArray()).toEqual(before);
  });

  it('updates an item\'s fields, merges items into the first and undoes the merge', async () => {
    const database = freshDb();
    await fill(database, { ...EMPTY, recommendations: [item(1, ['a']), item(2, ['b'])] });
    const items = itemsRepository(database);
    await items.updateItem('item-1', { owner: 'Desk officer', priority: 'high' });
    expect(await database.recommendations.get('item-1')).toMatchObject({ owner: 'Desk officer', priority: 'high' });

    const before = await database.recommendations.toArray();
    const undo = await items.mergeStoredItems(['item-1', 'item-2'], 'A. Tester', 5_000);
    const after = await database.recommendations.toArray();
    expect(after.map((i) => [i.id, i.briefIds])).toEqual([['item-1', ['a', 'b']]]);
    await items.undoMerge(undo);
    expect(await database.recommendations.toArray()).toEqual(before);
  });
});
