// The checklist's filters as the URL holds them (grouping, order, status, owner, words), read
// with safe defaults for anything missing or unknown, and applied to the tracked items.
import { GROUP_BYS, SORT_BYS, type GroupBy, type SortBy } from '../../../domain/items/index.js';
import { ITEM_STATUSES, type ItemStatus, type ChecklistItem } from '../../../domain/types.js';
import { fold } from '../../../domain/search/find.js';

/** The statuses a tracked item can have: suggestions and dismissed items live in the inbox. */
export const TRACKED_STATUSES: readonly ItemStatus[] = ITEM_STATUSES.filter((s) => s !== 'suggested' && s !== 'dismissed');

export interface ChecklistFilters {
  group: GroupBy;
  sort: SortBy;
  status: ItemStatus | '';
  owner: string;
  q: string;
}

export function readFilters(params: URLSearchParams): ChecklistFilters {
  const group = params.get('group') as GroupBy | null;
  const sort = params.get('sort') as SortBy | null;
  const status = params.get('status') as ItemStatus | null;
  return {
    group: group && GROUP_BYS.includes(group) ? group : 'topic',
    sort: sort && SORT_BYS.includes(sort) ? sort : 'due',
    status: status && TRACKED_STATUSES.includes(status) ? status : '',
    owner: params.get('owner') ?? '',
    q: params.get('q') ?? '',
  };
}

/** The items the filters let through: status and owner exactly, words anywhere in the item. */
export function filterItems(items: ChecklistItem[], { status, owner, q }: ChecklistFilters): ChecklistItem[] {
  const needle = fold(q.trim());
  return items.filter(
    (i) => (!status || i.status === status) && (!owner || i.owner.trim() === owner) && (!needle || fold(`${i.text} ${i.owner} ${i.topic} ${i.notes}`).includes(needle)),
  );
}
