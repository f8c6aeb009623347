// The briefing book's layout model: what the print view prints, in order, and what the contents
// page lists. Pure: the print view and the tests feed it records read elsewhere.
import type { Annotation, Book, Brief, ChecklistItem } from '../types.js';
import { printedAnnotations, type PrintHighlight, type Endnote } from './annotations.js';
import { checklistRows, type ChecklistRow } from './checklist.js';
import { sourceCitation, type SourceCitation } from './sources.js';
import { bookSummary, wantsSummary, type BookSummary } from './summary.js';

export interface SectionPart {
  kind: 'section';
  anchor: string;
  title: string;
  note: string;
}

export interface BriefPart {
  kind: 'brief';
  anchor: string;
  brief: Brief;
  /** "Why this matters": the composer's note to the reader. */
  note: string;
  /** 1 at the top level, 2 inside a section: the heading level of the brief's title. */
  level: 1 | 2;
  highlights: PrintHighlight[];
  endnotes: Endnote[];
}

export type BookPart = SectionPart | BriefPart;

export interface ContentsLine {
  anchor: string;
  title: string;
  level: 1 | 2;
}

export interface AppendixTitles {
  /** The summary page's title, in the book's language. */
  summary: string;
  checklist: string;
  sources: string;
}

export interface BookLayout {
  /** The summary for the principal, printed after the cover; null when the book turns it off. */
  summary: BookSummary | null;
  parts: BookPart[];
  checklist: ChecklistRow[] | null;
  sources: SourceCitation[] | null;
  contents: ContentsLine[];
}

export interface BookRecords {
  book: Book;
  briefs: ReadonlyMap<string, Brief>;
  annotations: ReadonlyMap<string, readonly Annotation[]>;
  items: readonly ChecklistItem[];
}

export const SUMMARY_ANCHOR = 'summary';
export const CHECKLIST_ANCHOR = 'appendix-checklist';
export const SOURCES_ANCHOR = 'appendix-sources';

/**
 * Lays out a book. Entries whose brief is gone (deleted, or in the Trash) are left out rather
 * than printed empty; a brief listed twice prints once.
 */
export function layoutBook({ book, briefs, annotations, items }: BookRecords, appendix: AppendixTitles): BookLayout {
  const parts: BookPart[] = [];
  const printed = new Map<string, string>();
  let inSection = false;
  book.entries.forEach((entry, index) => {
    const anchor = `entry-${index + 1}`;
    if (entry.kind === 'section') {
      inSection = true;
      parts.push({ kind: 'section', anchor, title: entry.title, note: entry.note });
      return;
    }
    const brief = briefs.get(entry.id);
    if (!brief || brief.deletedAt !== null || printed.has(brief.id)) return;
    printed.set(brief.id, brief.title);
    const marks = printedAnnotations(annotations.get(brief.id) ?? [], book.options.annotations);
    parts.push({ kind: 'brief', anchor, brief, note: entry.note, level: inSection ? 2 : 1, ...marks });
  });

  const checklist = book.options.checklist ? checklistRows(items, book.options.checklistStatuses, printed) : null;
  const printedBriefs = parts.flatMap((p) => (p.kind === 'brief' ? [p.brief] : []));
  const sources = book.options.sources ? printedBriefs.map(sourceCitation) : null;
  const summary = wantsSummary(book.options) ? bookSummary(printedBriefs, annotations, items) : null;
  const contents: ContentsLine[] = [
    ...(summary ? [{ anchor: SUMMARY_ANCHOR, title: appendix.summary, level: 1 as const }] : []),
    ...parts.map((p): ContentsLine => ({ anchor: p.anchor, title: p.kind === 'brief' ? p.brief.title : p.title, level: p.kind === 'brief' ? p.level : 1 })),
    ...(checklist ? [{ anchor: CHECKLIST_ANCHOR, title: appendix.checklist, level: 1 as const }] : []),
    ...(sources ? [{ anchor: SOURCES_ANCHOR, title: appendix.sources, level: 1 as const }] : []),
  ];
  return { summary, parts, checklist, sources, contents };
}
