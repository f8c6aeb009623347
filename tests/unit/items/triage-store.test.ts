import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/data/db.js';
import { dismissItem, inboxContents, listOpenSuggestions, restoreItems, setItemStatus } from '../../../renderer/src/data/items.js';
import { countOpenSuggestions } from '../../../renderer/src/data/suggestion-count.js';
import { brief, item } from '../backup/library-fixture.js';

describe('triage in the store', () => {
  beforeEach(async () => {
    await db().delete();
    await db().open();
    await db().briefs.bulkAdd([brief(1, { id: 'live' }), brief(2, { id: 'trashed', deletedAt: 5 })]);
    await db().recommendations.bulkAdd([
      item(1, ['live'], { id: 's1', status: 'suggested' }),
      item(2, ['live'], { id: 's2', status: 'suggested' }),
      item(3, ['trashed'], { id: 's3', status: 'suggested' }),
      item(4, ['live'], { id: 'o1', status: 'open' }),
    ]);
  });

  it('lists and counts open suggestions, leaving out tracked items and briefs in the Trash', async () => {
    expect((await listOpenSuggestions()).map((i) => i.id).sort()).toEqual(['s1', 's2']);
    expect(await countOpenSuggestions()).toBe(2);
    const inbox = await inboxContents();
    expect(inbox.briefs.map((b) => b.id)).toEqual(['live']);
    expect(inbox.order).toEqual(['live']);
  });

  it('dismisses with the reason given, naming who did it, and an undo puts the item back exactly', async () => {
    const before = (await db().recommendations.get('s1'))!;
    await dismissItem('s1', 'Mara Quint', '  covered by the customs plan ', 50);
    const dismissed = (await db().recommendations.get('s1'))!;
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissReason: 'covered by the customs plan', updatedAt: 50 });
    expect(dismissed.history.at(-1)).toEqual({ at: 50, by: 'Mara Quint', from: 'suggested', to: 'dismissed' });
    expect(await countOpenSuggestions()).toBe(1);
    await restoreItems([before]);
    expect(await db().recommendations.get('s1')).toEqual(before);
    expect(await countOpenSuggestions()).toBe(2);
  });

  it('a dismissal without a reason stores none; an accepted item leaves the count', async () => {
    await dismissItem('s2', 'Mara Quint', '   ');
    expect((await db().recommendations.get('s2'))?.dismissReason).toBeUndefined();
    await setItemStatus('s1', 'open', 'Mara Quint');
    expect(await countOpenSuggestions()).toBe(0);
  });
});
