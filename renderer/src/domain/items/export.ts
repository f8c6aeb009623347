// Checklist exports: CSV for spreadsheets, Markdown for documents, both in the words of the
// user's language (the same status names as the screen and the PDF).
import type { Priority, ChecklistItem } from '../types.js';
import { groupItems, type BriefTitles, type GroupBy, type GroupWords } from './grouping.js';

export interface ChecklistWords extends GroupWords {
  priority(priority: Priority): string;
  /** CSV header: item, status, due, owner, priority, topic, briefs, notes. */
  columns: readonly [string, string, string, string, string, string, string, string];
  /** The Markdown document's title. */
  title: string;
  due(date: string): string;
  owner(name: string): string;
  progress(done: number, total: number): string;
}

const briefNames = (item: ChecklistItem, titles: BriefTitles, words: ChecklistWords): string =>
  item.briefIds.map((id) => titles[id] ?? words.untitledBrief).join('; ');

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

/**
 * CSV (RFC 4180, CRLF line ends) of the items, one row each. Nothing reads these files back, so
 * the header and values are in the user's language too; due dates stay ISO so they sort.
 */
export function checklistToCsv(items: readonly ChecklistItem[], briefTitles: BriefTitles, words: ChecklistWords): string {
  const rows = items.map((i) => [
    i.text,
    words.status(i.status),
    i.due ?? '',
    i.owner,
    words.priority(i.priority),
    i.topic ? words.topic(i.topic) : '',
    briefNames(i, briefTitles, words),
    i.notes,
  ]);
  return [words.columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Item text is the brief's words: escape what Markdown would read as formatting or structure. */
const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>#|]/gu, '\\$&').replace(/\s+/gu, ' ').trim();

function itemLine(i: ChecklistItem, titles: BriefTitles, words: ChecklistWords): string {
  const details = [words.status(i.status), i.due ? words.due(i.due) : '', i.owner ? words.owner(i.owner) : '', briefNames(i, titles, words)]
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' · ');
  return `- [${i.status === 'done' ? 'x' : ' '}] ${escapeMarkdown(i.text)} (${details})`;
}

/** A Markdown checklist grouped by topic, brief, owner or status, with progress per group. */
export function checklistToMarkdown(items: readonly ChecklistItem[], briefTitles: BriefTitles, groupBy: GroupBy, words: ChecklistWords): string {
  const sections = groupItems(items, groupBy, briefTitles, words).map((g) => {
    const lines = g.items.map((i) => itemLine(i, briefTitles, words));
    return `## ${escapeMarkdown(g.label)} (${escapeMarkdown(words.progress(g.progress.done, g.progress.total))})\n\n${lines.join('\n')}\n`;
  });
  return `# ${escapeMarkdown(words.title)}\n\n${sections.join('\n')}`;
}
