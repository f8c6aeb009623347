// The checklist appendix: tracked items that come from the book's briefs, filtered by status.
import { ITEM_STATUSES, type ItemStatus, type ChecklistItem } from '../types.js';

export interface ChecklistRow {
  id: string;
  text: string;
  status: ItemStatus;
  owner: string;
  due: string | null;
  /** Titles of the book's briefs the item came from, in book order. */
  sources: string[];
}

/**
 * Items linked to at least one brief of the book whose status is selected, ordered by status
 * (in workflow order), then due date (undated last), then text.
 */
export function checklistRows(
  items: readonly ChecklistItem[],
  statuses: readonly ItemStatus[],
  briefTitles: ReadonlyMap<string, string>,
): ChecklistRow[] {
  const wanted = new Set(statuses);
  const bookOrder = [...briefTitles.keys()];
  return items
    .filter((item) => wanted.has(item.status) && item.briefIds.some((id) => briefTitles.has(id)))
    .map((item) => ({
      id: item.id,
      text: item.text,
      status: item.status,
      owner: item.owner,
      due: item.due,
      sources: bookOrder.filter((id) => item.briefIds.includes(id)).map((id) => briefTitles.get(id)!),
    }))
    .sort(
      (a, b) =>
        ITEM_STATUSES.indexOf(a.status) - ITEM_STATUSES.indexOf(b.status) ||
        (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
        a.text.localeCompare(b.text),
    );
}
