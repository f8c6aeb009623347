// The order the library last showed, so J and K in the reader step through the same list.
import { libraryIds, NO_FILTER } from '../../../data/library-query.js';

let remembered: readonly string[] = [];

export function rememberOrder(ids: readonly string[]): void {
  remembered = ids;
}

/** The brief `step` places after (or before, when negative) `id`, or null at either end. */
export async function adjacentBrief(id: string, step: number): Promise<string | null> {
  // Opened straight into a brief (no library shown yet): use the default order.
  if (!remembered.includes(id)) remembered = await libraryIds('imported', NO_FILTER);
  const at = remembered.indexOf(id);
  return at === -1 ? null : (remembered[at + step] ?? null);
}
