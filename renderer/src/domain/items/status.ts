// Status changes of checklist items, kept in each item's history.
import type { ItemStatus, ChecklistItem } from '../types.js';

/** The item with its status set to `to` and the change appended to its history (unchanged if already `to`). */
export function changeStatus(item: ChecklistItem, to: ItemStatus, author: string, now: number): ChecklistItem {
  if (item.status === to) return item;
  return {
    ...item,
    status: to,
    updatedAt: now,
    history: [...item.history, { at: now, by: author, from: item.status, to }],
  };
}
