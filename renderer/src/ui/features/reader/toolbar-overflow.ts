// Which of a toolbar's actions stay on it and which move into its "More" menu. Pure, so the
// decision is tested without layout; the toolbar measures and asks.

/**
 * How many of the actions, taken in order (the first is the last to move), fit into `available`
 * px, each `gap` px from the one before and from whatever precedes them. Moving an action keeps
 * its order: the menu shows the moved ones first, in the toolbar's order.
 */
export function actionsThatFit(available: number, widths: readonly number[], gap: number): number {
  let used = 0;
  for (const [index, width] of widths.entries()) {
    used += gap + width;
    if (used > available) return index;
  }
  return widths.length;
}

/** The actions shown on the toolbar and those moved into the menu, given how many fit. */
export function splitActions<T>(actions: readonly T[], fitting: number): { shown: T[]; moved: T[] } {
  const count = Math.max(0, Math.min(actions.length, fitting));
  return { shown: actions.slice(0, count), moved: actions.slice(count) };
}
