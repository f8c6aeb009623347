// The one-page summary for the principal at the front of a book: each brief in one line, the
// items still open or blocked with owner and due date, and the notes marked for the principal.
// Each list is capped so the page stays one page; what is left out is counted ("and N more").
import type { Annotation, BookOptions, Brief, ItemStatus, ChecklistItem } from '../types.js';

/** Lines each list prints at most, chosen so a full summary fits one A4 or Letter page. */
export const SUMMARY_LIMITS = { briefs: 8, items: 6, notes: 4 } as const;
/** A brief's line: its title and gist together stay within one printed line (9.5pt on A4) where they can. */
export const BRIEF_LINE_CHARS = 92;
/** A gist shorter than this says too little to be worth the room. */
const MIN_GIST_CHARS = 20;
// Items take at most two lines of their column, notes (with quote and brief) about two lines of the page.
const ITEM_CHARS = 120;
const QUOTE_CHARS = 50;
const NOTE_CHARS = 120;
/** A note names its brief briefly: the full title is on the list above. */
const NOTE_BRIEF_CHARS = 40;

/** Statuses the summary reports: work still owed, blocked first. */
export const SUMMARY_STATUSES: readonly ItemStatus[] = ['blocked', 'open', 'in-progress'];

export interface SummaryBrief {
  briefId: string;
  title: string;
  /** What the brief is about in a few words, or null when nothing fits (print its source instead). */
  gist: string | null;
  source: string;
  publishedAt: string | null;
}

export interface SummaryItem {
  id: string;
  text: string;
  status: ItemStatus;
  owner: string;
  due: string | null;
  /** The title of the first of the book's briefs it came from. */
  brief: string;
}

export interface SummaryNote {
  id: string;
  brief: string;
  quote: string;
  note: string;
}

/** A capped list and how many were left out of it. */
export interface Capped<T> {
  shown: T[];
  more: number;
}

export interface BookSummary {
  briefs: Capped<SummaryBrief>;
  items: Capped<SummaryItem>;
  notes: Capped<SummaryNote>;
}

/** A book prints the summary unless its options turn it off (books made before it existed print it). */
export const wantsSummary = (options: BookOptions): boolean => options.summary !== false;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Markdown inline syntax taken off, so a sentence reads as plain text. */
function plain(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .trim();
}

/** The first sentence of `text`, or all of it when it has no sentence end. */
function firstSentence(text: string): string {
  const match = /^.+?[.!?。！？](?=\s|$)/su.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/**
 * The first paragraph of prose in a Markdown body: not a heading, list, table, quote, code or
 * rule, and long enough to be a sentence rather than a label.
 */
export function leadSentence(markdown: string): string {
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const first = paragraph.trimStart();
    if (/^(?:#|[-*+]\s|\d+[.)]\s|\||>|```|~~~|<|!\[|[-*_]{3,}\s*$)/.test(first)) continue;
    const text = plain(paragraph.replace(/\s*\n\s*/g, ' '));
    if (text.split(/\s+/).length >= 6) return firstSentence(text);
  }
  return '';
}

/** A brief in one line: its subtitle, else the import's excerpt, else its opening sentence. */
export function briefGist(brief: Brief): string | null {
  const room = BRIEF_LINE_CHARS - brief.title.length;
  if (room < MIN_GIST_CHARS) return null;
  const candidates = [brief.subtitle, firstSentence(plain(brief.excerpt)), leadSentence(brief.markdown)];
  const gist = candidates.map((c) => c.replace(/\s+/g, ' ').trim()).find((c) => c !== '' && c !== brief.title.trim());
  return gist ? clip(gist, room) : null;
}

const capped = <T>(all: T[], limit: number): Capped<T> => ({ shown: all.slice(0, limit), more: Math.max(0, all.length - limit) });

/**
 * The summary of a book whose printed briefs are `briefs`, in book order. Items count when linked
 * to one of those briefs and still owed; annotations when marked for the principal.
 */
export function bookSummary(briefs: readonly Brief[], annotations: ReadonlyMap<string, readonly Annotation[]>, items: readonly ChecklistItem[]): BookSummary {
  const order = new Map(briefs.map((b, i) => [b.id, i]));
  const firstBrief = (ids: readonly string[]): number => Math.min(...ids.map((id) => order.get(id) ?? Infinity));

  const owed = items
    .filter((item) => SUMMARY_STATUSES.includes(item.status) && Number.isFinite(firstBrief(item.briefIds)))
    .sort(
      (a, b) =>
        SUMMARY_STATUSES.indexOf(a.status) - SUMMARY_STATUSES.indexOf(b.status) ||
        (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
        firstBrief(a.briefIds) - firstBrief(b.briefIds) ||
        a.text.localeCompare(b.text),
    )
    .map((item): SummaryItem => ({
      id: item.id,
      text: clip(item.text, ITEM_CHARS),
      status: item.status,
      owner: item.owner.trim(),
      due: item.due,
      brief: briefs[firstBrief(item.briefIds)]!.title,
    }));

  const notes = briefs.flatMap((brief) =>
    [...(annotations.get(brief.id) ?? [])]
      .filter((a) => a.forPrincipal === true)
      .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.selector.position.start - b.selector.position.start || a.createdAt - b.createdAt)
      .map((a): SummaryNote => ({ id: a.id, brief: clip(brief.title, NOTE_BRIEF_CHARS), quote: clip(a.selector.quote.exact, QUOTE_CHARS), note: clip(plain(a.note), NOTE_CHARS) })),
  );

  return {
    briefs: capped(
      briefs.map((b) => ({ briefId: b.id, title: b.title, gist: briefGist(b), source: b.source.name.trim(), publishedAt: b.source.publishedAt })),
      SUMMARY_LIMITS.briefs,
    ),
    items: capped(owed, SUMMARY_LIMITS.items),
    notes: capped(notes, SUMMARY_LIMITS.notes),
  };
}
