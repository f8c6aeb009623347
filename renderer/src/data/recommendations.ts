// Checklist items, read and written in transactions.
import type { ItemStatus, Recommendation, Selector } from '../domain/types.js';
import { db } from './db.js';
import { newId } from './ids.js';

/** Every tracked item (suggestions awaiting review and dismissed ones are excluded). */
export async function listTrackedItems(): Promise<Recommendation[]> {
  return db()
    .recommendations.filter((r) => r.status !== 'suggested' && r.status !== 'dismissed')
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
