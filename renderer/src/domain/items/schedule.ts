// Schedule tables: a column of periods ("Q3 2024", "H1 2025", "March 2025") turns each row into a dated item.
import type { Tokens } from 'marked';
import { parseDue } from './due.js';
import { collapseWhitespace, inlineText } from './markdown-text.js';

const PERIOD_HEADER = /^(?:quarter|period|timeline|time ?frame|date|deadline|due(?: date)?|target date|when|milestone date|plazo|fecha|periodo|período|trimestre|calendario|cuándo)$/iu;
const TOPIC_HEADER = /^(?:topic|area|focus area|area of focus|pillar|theme|tema|área|eje|ámbito)$/iu;

export interface ScheduleRow {
  /** Every cell of the row, in order (the selector spans them all). */
  cells: string[];
  period: string;
  /** The other cells, joined. */
  text: string;
  due: string | null;
  topic?: string;
}

/** A period cell, strictly: a bare year ("2019") is too often a statistic to make a table a schedule. */
const looksLikePeriod = (cell: string): boolean => parseDue(cell) !== null && !/^\d{4}$/u.test(cell.trim());

function periodColumn(header: string[], rows: string[][]): number {
  const named = header.findIndex((h) => PERIOD_HEADER.test(h.trim()));
  if (named !== -1) return named;
  return header.findIndex((_, col) => {
    const cells = rows.map((r) => r[col] ?? '').filter((c) => c.trim() !== '');
    return cells.length > 0 && cells.every(looksLikePeriod);
  });
}

/** The dated rows of a table, or [] when it has no period column. */
export function scheduleRows(table: Tokens.Table): ScheduleRow[] {
  const header = table.header.map((c) => collapseWhitespace(inlineText(c.tokens)));
  const rows = table.rows.map((r) => r.map((c) => collapseWhitespace(inlineText(c.tokens))));
  const col = periodColumn(header, rows);
  if (col === -1) return [];
  const topicCol = header.findIndex((h, i) => i !== col && TOPIC_HEADER.test(h.trim()));
  return rows.flatMap((cells): ScheduleRow[] => {
    const period = cells[col] ?? '';
    const others = cells.filter((c, i) => i !== col && c !== '');
    if (others.length === 0) return [];
    const topic = topicCol === -1 ? undefined : cells[topicCol];
    return [{ cells, period, text: others.join(' — '), due: parseDue(period), ...(topic ? { topic } : {}) }];
  });
}
