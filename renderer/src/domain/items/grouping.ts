// Grouping and ordering checklist items for the Checklists view and exports.
import { ITEM_STATUSES, type ItemStatus, type Priority, type ChecklistItem } from '../types.js';

/** Brief id → title. */
export type BriefTitles = Readonly<Record<string, string>>;

/** The words group labels are made of, in the reader's language (the UI supplies them from its catalogs). */
export interface GroupWords {
  status(status: ItemStatus): string;
  topic(topic: string): string;
  /** The group of items without a topic, brief, owner or due date ("No owner"). */
  none(by: GroupBy): string;
  untitledBrief: string;
  /** The group of items due in the week starting on `monday` (ISO date). */
  week(monday: string): string;
}
export const GROUP_BYS = ['topic', 'brief', 'owner', 'week', 'status'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** The Monday (ISO date) of the week an ISO date falls in. */
export function weekStart(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
export const SORT_BYS = ['due', 'priority', 'status', 'updated'] as const;
export type SortBy = (typeof SORT_BYS)[number];

export interface ItemGroup {
  /** Topic, brief id, owner or status; '' for items without one. */
  key: string;
  label: string;
  items: ChecklistItem[];
  /** done = items done; total = items still counted (dropped and dismissed are not). */
  progress: { done: number; total: number };
}

const NOT_COUNTED: ReadonlySet<ItemStatus> = new Set(['dropped', 'dismissed']);

export function progressOf(items: readonly ChecklistItem[]): { done: number; total: number } {
  const counted = items.filter((i) => !NOT_COUNTED.has(i.status));
  return { done: counted.filter((i) => i.status === 'done').length, total: counted.length };
}

function keysOf(item: ChecklistItem, by: GroupBy): string[] {
  switch (by) {
    case 'topic':
      return [item.topic.trim()];
    case 'owner':
      return [item.owner.trim()];
    case 'status':
      return [item.status];
    case 'brief':
      return item.briefIds.length > 0 ? item.briefIds : [''];
    case 'week':
      return [item.due ? weekStart(item.due) : ''];
  }
}

function labelOf(key: string, by: GroupBy, briefTitles: BriefTitles, words: GroupWords): string {
  if (key === '') return words.none(by);
  if (by === 'brief') return briefTitles[key] ?? words.untitledBrief;
  if (by === 'status') return words.status(key as ItemStatus);
  if (by === 'topic') return words.topic(key);
  if (by === 'week') return words.week(key);
  return key;
}

/**
 * Items in groups (an item of several briefs appears under each brief). Status groups follow
 * the workflow order, weeks the calendar; other groups are alphabetical. The empty group is last.
 */
export function groupItems(items: readonly ChecklistItem[], by: GroupBy, briefTitles: BriefTitles, words: GroupWords): ItemGroup[] {
  const byKey = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    for (const key of keysOf(item, by)) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const groups = [...byKey].map(([key, members]) => ({
    key,
    label: labelOf(key, by, briefTitles, words),
    items: members,
    progress: progressOf(members),
  }));
  const statusRank = (k: string): number => ITEM_STATUSES.indexOf(k as ItemStatus);
  return groups.sort((a, b) => {
    if (by === 'status') return statusRank(a.key) - statusRank(b.key);
    if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
    return by === 'week' ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label);
  });
}

/** Active work first, then waiting, then closed. */
const STATUS_ORDER: readonly ItemStatus[] = ['in-progress', 'blocked', 'open', 'suggested', 'done', 'dropped', 'dismissed'];
const PRIORITY_ORDER: Readonly<Record<Priority, number>> = { high: 0, normal: 1, low: 2 };

const byDue = (a: ChecklistItem, b: ChecklistItem): number =>
  a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due);
const byPriority = (a: ChecklistItem, b: ChecklistItem): number => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority];
const byStatus = (a: ChecklistItem, b: ChecklistItem): number => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
const byUpdated = (a: ChecklistItem, b: ChecklistItem): number => b.updatedAt - a.updatedAt;

const ORDERS: Readonly<Record<SortBy, ((a: ChecklistItem, b: ChecklistItem) => number)[]>> = {
  due: [byDue, byPriority, byUpdated], // undated last
  priority: [byPriority, byDue, byUpdated],
  status: [byStatus, byDue, byPriority],
  updated: [byUpdated],
};

/** A sorted copy; ties fall back to the next criterion, then to the input order. */
export function sortItems(items: readonly ChecklistItem[], by: SortBy): ChecklistItem[] {
  const compare = ORDERS[by];
  return [...items].sort((a, b) => {
    for (const c of compare) {
      const d = c(a, b);
      if (d !== 0) return d;
    }
    return 0;
  });
}
