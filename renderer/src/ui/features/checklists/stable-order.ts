// The checklist's row order, sorted once per filter and set of items: edits to an item keep its
// place until the user sorts again or items come and go, so a row never jumps away from under the
// pointer and the next field they reach is still on the same item.
import { sortItems } from '../../../domain/items/index.js';
import type { ChecklistItem } from '../../../domain/types.js';
import type { ChecklistFilters } from './checklist-filters.js';

export class StableOrder {
  private key = '';
  private rank = new Map<string, number>();

  apply(items: ChecklistItem[], filters: ChecklistFilters): ChecklistItem[] {
    const key = `${JSON.stringify(filters)}|${items.map((i) => i.id).sort().join()}`;
    if (key !== this.key) {
      this.key = key;
      this.rank = new Map(sortItems(items, filters.sort).map((i, n) => [i.id, n]));
    }
    const rank = this.rank;
    return [...items].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
}
