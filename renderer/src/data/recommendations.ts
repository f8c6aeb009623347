// Checklist items, read and written in transactions.
import type { ItemStatus, Recommendation, Selector } from '../domain/types.js';
import { db } from './db.js';
import { newId } from './ids.js';
import { changeStatus, mergeItems, type MergeUndo } from '../domain/recommendations/index.js';

/**
 * Every tracked item: suggestions awaiting review, dismissed ones and items whose briefs are all
 * in the Trash are left out (they come back with their brief).
 */
export async function listTrackedItems(): Promise<Recommendation[]> {
  const trashed = new Set(await db().briefs.where('deletedAt').above(0).primaryKeys());
  return db()
    .recommendations.filter((r) => r.status !== 'suggested' && r.status !== 'dismissed' && !r.briefIds.every((id) => trashed.has(id)))
    .toArray();
}

export async function itemsForBrief(briefId: string): Promise<Recommendation[]> {
  return db().recommendations.where('briefIds').equals(briefId).toArray();
}

export interface NewItemFields {
  text: string;
  status: ItemStatus;
  author: string;
  topic?: string;
  due?: string | null;
}

/** A new item anchored to one passage of one brief. */
export function newItem(briefId: string, selector: Selector, fields: NewItemFields, now: number): Recommendation {
  return {
    id: newId(),
    briefIds: [briefId],
    text: fields.text.replace(/\s+/g, ' ').trim(),
    selector,
    sources: [{ briefId, selector }],
    topic: fields.topic ?? '',
    status: fields.status,
    owner: '',
    due: fields.due ?? null,
    priority: 'normal',
    notes: '',
    history: [{ at: now, by: fields.author, from: null, to: fields.status }],
    createdAt: now,
    updatedAt: now,
  };
}

/** A tracked item made by the user from a selection in the reader ("make recommendation"). */
export async function createItemFromSelection(
  briefId: string,
  selector: Selector,
  fields: { topic: string; author: string },
  now = Date.now(),
): Promise<Recommendation> {
  const item = newItem(briefId, selector, { text: selector.quote.exact, status: 'open', ...fields }, now);
  await db().recommendations.add(item);
  return item;
}

export async function listAllItems(): Promise<Recommendation[]> {
  return db().recommendations.toArray();
}

export type ItemPatch = Partial<Pick<Recommendation, 'text' | 'topic' | 'owner' | 'due' | 'priority' | 'notes'>>;

export async function updateItem(id: string, patch: ItemPatch): Promise<void> {
  await db().recommendations.update(id, { ...patch, updatedAt: Date.now() });
}

/** Sets an item's status, recording who changed it and when. Returns the previous status for undo. */
export async function setItemStatus(id: string, to: ItemStatus, author: string, now = Date.now()): Promise<ItemStatus | undefined> {
  const [previous] = await setItemsStatus([id], to, author, now);
  return previous;
}

/** Sets several items' status in one transaction (e.g. "Accept all"); returns their previous statuses. */
export async function setItemsStatus(ids: string[], to: ItemStatus, author: string, now = Date.now()): Promise<(ItemStatus | undefined)[]> {
  const database = db();
  return database.transaction('rw', database.recommendations, async () => {
    const items = await database.recommendations.bulkGet(ids);
    await database.recommendations.bulkPut(items.filter((i) => i !== undefined).map((i) => changeStatus(i, to, author, now)));
    return items.map((i) => i?.status);
  });
}

/** Merges items into the first one, in one transaction; returns what undoMerge needs. */
export async function mergeStoredItems(ids: string[], author: string, now = Date.now()): Promise<MergeUndo> {
  const database = db();
  return database.transaction('rw', database.recommendations, async () => {
    const items = (await database.recommendations.bulkGet(ids)).filter((i): i is Recommendation => i !== undefined);
    const { merged, removedIds, undo } = mergeItems(items, now, author);
    await database.recommendations.put(merged);
    await database.recommendations.bulkDelete(removedIds);
    return undo;
  });
}

export async function undoMerge(undo: MergeUndo): Promise<void> {
  await db().recommendations.bulkPut(undo.restore);
}
