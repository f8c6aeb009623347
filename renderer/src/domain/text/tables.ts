// Pipe-table rows found in plain text → a GFM table with a header separator.
import { isTableSeparator } from './lines.js';

function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** `rows` are consecutive `| a | b |` lines; a separator row is kept or added after the first row. */
export function toGfmTable(rows: string[]): string[] {
  const body = rows.filter((r) => !isTableSeparator(r));
  const grid = body.map(cells);
  const width = Math.max(...grid.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [header = [], ...rest] = grid;
  return [line(header), `|${' --- |'.repeat(width)}`, ...rest.map(line)];
}
