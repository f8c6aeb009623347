// Where the arrow, page, Home and End keys move the focus in the library's list, as a row index.

/** The row a key moves the focus to from `row` in a list of `count` rows, or null for other keys. */
export function rowForKey(key: string, row: number, count: number, page: number): number | null {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: row + 1,
    ArrowUp: row - 1,
    PageDown: row + page,
    PageUp: row - page,
    Home: 0,
    End: last,
  };
  return key in moves ? Math.min(last, Math.max(0, moves[key]!)) : null;
}
