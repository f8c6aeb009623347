// Checklist items, read and written in transactions.
import type { Brief, ItemStatus, ChecklistItem, Selector, SuggestionReason } from '../domain/types.js';
import { libraryQuery, NO_FILTER } from './library-query.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { readBriefs } from './brief-bodies.js';
import { newId } from './ids.js';
import { putBack } from './undoable.js';
import { notAllTrashed } from './suggestion-count.js';
import { changeStatus } from '../domain/items/status.js';
import { mergeItems, type MergeUndo } from '../domain/items/merge.js';

/** Where an item's passage starts in one brief's text (items without one there come last). */
export const positionIn = (item: ChecklistItem, briefId: string): number =>
  item.sources.find((s) => s.briefId === briefId)?.selector.position.start ?? Number.MAX_SAFE_INTEGER;

export interface NewItemFields {
  text: string;
  status: ItemStatus;
  author: string;
  topic?: string;
  /** The date the source gives for it, as written: kept apart from the team's due date. */
  sourceDate?: string | null;
  reason?: SuggestionReason;
}

/** A new item anchored to one passage of one brief. */
export function newItem(briefId: string, selector: Selector, fields: NewItemFields, now: number): ChecklistItem {
  return {
    id: newId(),
    briefIds: [briefId],
    text: fields.text.replace(/\s+/g, ' ').trim(),
    selector,
    sources: [{ briefId, selector }],
    topic: fields.topic ?? '',
    status: fields.status,
    owner: '',
    due: null,
    priority: 'normal',
    notes: '',
    history: [{ at: now, by: fields.author, from: null, to: fields.status }],
    createdAt: now,
    updatedAt: now,
    ...(fields.sourceDate ? { sourceDate: fields.sourceDate } : {}),
    ...(fields.reason ? { reason: fields.reason } : {}),
  };
}

export type ItemPatch = Partial<Pick<ChecklistItem, 'text' | 'topic' | 'owner' | 'due' | 'priority' | 'notes'>>;

export interface InboxContents {
  items: ChecklistItem[];
  /** Live brief ids in the library's reading order. */
  order: string[];
  /** The briefs the suggestions come from. */
  briefs: Brief[];
}

export function itemsRepository(database: AppDB) {
  /**
   * Every tracked item: suggestions awaiting review, dismissed ones and items whose briefs are all
   * in the Trash are left out (they come back with their brief).
   */
  async function listTrackedItems(): Promise<ChecklistItem[]> {
    const trashed = new Set(await database.briefs.where('deletedAt').above(0).primaryKeys());
    return database.recommendations.filter((r) => r.status !== 'suggested' && r.status !== 'dismissed' && !r.briefIds.every((id) => trashed.has(id)))
      .toArray();
  }

  /** A brief's items in the order their passages appear in it. */
  async function itemsForBrief(briefId: string): Promise<ChecklistItem[]> {
    const items = await database.recommendations.where('briefIds').equals(briefId).toArray();
    return items.sort((a, b) => positionIn(a, briefId) - positionIn(b, briefId));
  }

  /** A tracked item made by the user from a selection in the reader ("make recommendation"). */
  async function createItemFromSelection(
    briefId: string,
    selector: Selector,
    fields: { topic: string; author: string },
    now = Date.now(),
  ): Promise<ChecklistItem> {
    const item = newItem(briefId, selector, { text: selector.quote.exact, status: 'open', ...fields }, now);
    await database.recommendations.add(item);
    return item;
  }

  async function listAllItems(): Promise<ChecklistItem[]> {
    return database.recommendations.toArray();
  }

  async function updateItem(id: string, patch: ItemPatch): Promise<void> {
    await database.recommendations.update(id, { ...patch, updatedAt: Date.now() });
  }

  /** Sets an item's status, recording who changed it and when. Returns the previous status for undo. */
  async function setItemStatus(id: string, to: ItemStatus, author: string, now = Date.now()): Promise<ItemStatus | undefined> {
    const [previous] = await setItemsStatus([id], to, author, now);
    return previous;
  }

  /** Sets several items' status in one transaction (e.g. "Accept all"); returns their previous statuses. */
  async function setItemsStatus(ids: string[], to: ItemStatus, author: string, now = Date.now()): Promise<(ItemStatus | undefined)[]> {
    return database.transaction('rw', database.recommendations, async () => {
      const items = await database.recommendations.bulkGet(ids);
      await database.recommendations.bulkPut(items.filter((i) => i !== undefined).map((i) => changeStatus(i, to, author, now)));
      return items.map((i) => i?.status);
    });
  }

  /** Merges items into the first one, in one transaction; returns what undoMerge needs. */
  async function mergeStoredItems(ids: string[], author: string, now = Date.now()): Promise<MergeUndo> {
    return database.transaction('rw', database.recommendations, async () => {
      const items = (await database.recommendations.bulkGet(ids)).filter((i): i is ChecklistItem => i !== undefined);
      const { merged, removedIds, undo } = mergeItems(items, now, author);
      await database.recommendations.put(merged);
      await database.recommendations.bulkDelete(removedIds);
      return undo;
    });
  }

  async function undoMerge(undo: MergeUndo): Promise<void> {
    await database.recommendations.bulkPut(undo.restore);
  }

  /** Every suggestion awaiting review whose briefs are not all in the Trash. */
  async function listOpenSuggestions(): Promise<ChecklistItem[]> {
    const trashed = new Set(await database.briefs.where('deletedAt').above(0).primaryKeys());
    return database.recommendations.where('status').equals('suggested').filter(notAllTrashed(trashed)).toArray();
  }

  /** Dismisses a suggestion with the user's reason, if they gave one, in one transaction. */
  async function dismissItem(id: string, author: string, reason = '', now = Date.now()): Promise<void> {
    await database.transaction('rw', database.recommendations, async () => {
      const item = await database.recommendations.get(id);
      if (!item) return;
      const dismissed = changeStatus(item, 'dismissed', author, now);
      await database.recommendations.put(reason.trim() ? { ...dismissed, dismissReason: reason.trim() } : dismissed);
    });
  }

  /** Puts items back exactly as they were before a change (the undo of a triage step). */
  async function restoreItems(items: readonly ChecklistItem[]): Promise<void> {
    await database.transaction('rw', database.recommendations, async () => {
      for (const item of items) await putBack(database.recommendations, item);
    });
  }

  /** What the triage inbox shows: open suggestions, the library's order and their briefs. */
  async function inboxContents(): Promise<InboxContents> {
    const [items, order] = await Promise.all([listOpenSuggestions(), libraryQuery(database).libraryIds('imported', NO_FILTER)]);
    const ids = [...new Set(items.map((i) => i.briefIds[0] ?? ''))];
    // The passages around suggestions need the briefs' text, kept in a table of its own.
    const briefs = await readBriefs(database, ids);
    return { items, order, briefs };
  }

  return {
    listTrackedItems, itemsForBrief, createItemFromSelection, listAllItems, updateItem, setItemStatus, setItemsStatus, mergeStoredItems, undoMerge, listOpenSuggestions, dismissItem, restoreItems, inboxContents,
  };
}

export const {
  listTrackedItems, itemsForBrief, createItemFromSelection, listAllItems, updateItem, setItemStatus, setItemsStatus, mergeStoredItems, undoMerge, listOpenSuggestions, dismissItem, restoreItems, inboxContents,
} = boundToApp(itemsRepository);
