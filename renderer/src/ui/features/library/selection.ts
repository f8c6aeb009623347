// Multi-selection over an ordered list of ids: click toggles, Shift-click selects a range.

export interface Selection {
  ids: ReadonlySet<string>;
  /** Where the next Shift-click range starts. */
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Selects every id between the anchor and `id` (inclusive), keeping what was selected. */
export function extendTo(selection: Selection, id: string, order: readonly string[]): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (from === -1 || to === -1) return toggle(selection, id);
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(order[i]!);
  return { ids, anchor: id };
}

/** Drops ids no longer in the list (deleted, or filtered out). */
export function keepOnly(selection: Selection, order: readonly string[]): Selection {
  if (!selection.ids.size) return selection;
  const present = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => present.has(id)));
  return ids.size === selection.ids.size ? selection : { ids, anchor: selection.anchor && present.has(selection.anchor) ? selection.anchor : null };
}
