// Checklist exports: CSV for spreadsheets, Markdown for documents.
import type { Recommendation } from '../types.js';
import { groupItems, type BriefTitles, type GroupBy } from './grouping.js';
import { ITEM_STATUS_LABELS } from './status.js';

const briefNames = (item: Recommendation, titles: BriefTitles): string =>
  item.briefIds.map((id) => titles[id] ?? 'Untitled brief').join('; ');

/**
 * A spreadsheet opening the file runs cells that start with = + - @ (or a tab/CR) as formulas:
 * a quote in front keeps them text (OWASP's CSV injection advice).
 */
function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function field(value: string): string {
  const v = neutralize(value);
  return /[",\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
}

const CSV_HEADER = ['Item', 'Status', 'Due', 'Owner', 'Priority', 'Topic', 'Briefs', 'Notes'];

/** CSV (RFC 4180, CRLF line ends) of the items, one row each. */
export function checklistToCsv(items: readonly Recommendation[], briefTitles: BriefTitles): string {
  const rows = items.map((i) => [
    i.text,
    ITEM_STATUS_LABELS.en[i.status],
    i.due ?? '',
    i.owner,
    i.priority,
    i.topic,
    briefNames(i, briefTitles),
    i.notes,
  ]);
  return [CSV_HEADER, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Item text is the brief's words: escape what Markdown would read as formatting or structure. */
const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>#|]/gu, '\\$&').replace(/\s+/gu, ' ').trim();

function itemLine(i: Recommendation, titles: BriefTitles): string {
  const details = [ITEM_STATUS_LABELS.en[i.status], i.due ? `due ${i.due}` : '', i.owner ? `owner: ${i.owner}` : '', briefNames(i, titles)]
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' · ');
  return `- [${i.status === 'done' ? 'x' : ' '}] ${escapeMarkdown(i.text)} (${details})`;
}

/** A Markdown checklist grouped by topic, brief, owner or status, with progress per group. */
export function checklistToMarkdown(items: readonly Recommendation[], briefTitles: BriefTitles, groupBy: GroupBy): string {
  const sections = groupItems(items, groupBy, briefTitles).map((g) => {
    const lines = g.items.map((i) => itemLine(i, briefTitles));
    return `## ${escapeMarkdown(g.label)} (${g.progress.done}/${g.progress.total} done)\n\n${lines.join('\n')}\n`;
  });
  return `# Checklist\n\n${sections.join('\n')}`;
}
