// Quick export of one open brief prints it as a one-brief book that is composed on the fly,
// never stored: the print route's id is the brief id with this prefix.
import type { Book, Brief } from '../types.js';
import { DEFAULT_BOOK_OPTIONS } from '../migrations/v2.js';

export const SINGLE_BRIEF_PREFIX = 'brief:';

export const singleBriefPrintId = (briefId: string): string => `${SINGLE_BRIEF_PREFIX}${briefId}`;

/** The brief id when `printId` names a single-brief print, else null. */
export function briefIdOfPrint(printId: string): string | null {
  return printId.startsWith(SINGLE_BRIEF_PREFIX) ? printId.slice(SINGLE_BRIEF_PREFIX.length) || null : null;
}

export function singleBriefBook(brief: Brief, marking: string, preparedBy: string, paper: 'A4' | 'Letter'): Book {
  return {
    id: singleBriefPrintId(brief.id),
    title: brief.title,
    subtitle: brief.subtitle,
    meeting: '',
    marking,
    preparedBy,
    preparedFor: '',
    meetingDate: null,
    entries: [{ kind: 'brief', id: brief.id, title: brief.title, note: '' }],
    // One brief needs no summary of itself.
    options: { ...DEFAULT_BOOK_OPTIONS, paper, checklist: false, summary: false },
    createdAt: brief.importedAt,
    updatedAt: brief.updatedAt,
  };
}
