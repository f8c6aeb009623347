// The records Chancery keeps. Times are epoch milliseconds; publishedAt and due are ISO dates.
import type { Language } from './language/languages.js';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

/** W3C Web Annotation selectors over a brief's rendered text. */
export interface Selector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface SourceInfo {
  name: string;
  url: string;
  publishedAt: string | null;
}

/** How a citation field was obtained: read from the text as such, or inferred from shape and place. */
export type FieldOrigin = 'found' | 'guessed';

/** The origin of each metadata field an import filled in; a field left out was not given or is unknown. */
export interface FieldOrigins {
  title?: FieldOrigin;
  byline?: FieldOrigin;
  publishedAt?: FieldOrigin;
  source?: FieldOrigin;
  url?: FieldOrigin;
}

export type ReadState = 'unread' | 'reading' | 'read';

/** A line the import clean-up took out, kept so the user can see and restore it. */
export interface RemovedLine {
  index: number;
  text: string;
  reason: string;
}

export interface TopicMatch {
  topic: string;
  terms: string[];
}

export interface Brief {
  id: string;
  title: string;
  subtitle: string;
  byline: string;
  source: SourceInfo;
  importedAt: number;
  updatedAt: number;
  markdown: string;
  contentHash: string;
  topics: string[];
  tags: string[];
  language: string;
  wordCount: number;
  readState: ReadState;
  /** Added in schema v2. */
  fileName: string;
  removedLines: RemovedLine[];
  topicEvidence: TopicMatch[];
  excerpt: string;
  readProgress: number;
  /** Set when moved to the Trash; null while live. */
  deletedAt: number | null;
  /** Added in schema v3: raised by every change of the text, so a save can tell it edited an older one. */
  revision: number;
  /**
   * Optional (no schema change): how the import got the title, byline, date and source. Absent on
   * briefs imported before it existed, and a field confirmed or edited by the user becomes 'found'.
   */
  origins?: FieldOrigins;
  /** Since schema v10: the brief's handling level (an id of the marking scheme); absent is the lowest. */
  level?: string;
  /** Since schema v10: levels set on single paragraphs, by the paragraph's index among the body's blocks. */
  portionLevels?: Record<string, string>;
}

/** A brief as its table stores it since schema v4: everything but the text, so lists, updates and
 *  live queries never read or rewrite a body of many megabytes. */
export type BriefRecord = Omit<Brief, 'markdown'>;

/** A piece of a brief's text, in a table of its own (schema v4), keyed by [id+part]. A text of many
 *  megabytes is stored in many pieces, so no single read or write of it holds the page for long. */
export interface BriefBodyPiece {
  /** The brief's id. */
  id: string;
  /** 0, 1, 2…: the pieces joined in this order are the text. */
  part: number;
  text: string;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface Annotation {
  id: string;
  briefId: string;
  selector: Selector;
  color: HighlightColor;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /** True when re-anchoring could not place it with confidence. */
  orphaned: boolean;
  /** Optional (no schema change): the user marked it for the principal's summary page. */
  forPrincipal?: boolean;
  /**
   * Since schema v6: a redaction, not a highlight. Its words never leave in an export; the reason
   * is printed in their place.
   */
  redaction?: { reason: string };
}

export const ITEM_STATUSES = ['suggested', 'open', 'in-progress', 'done', 'blocked', 'dropped', 'dismissed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type Priority = 'low' | 'normal' | 'high';

export interface StatusChange {
  at: number;
  by: string;
  from: ItemStatus | null;
  to: ItemStatus;
}

/** Where an item came from: one per source passage (a merged item has several). */
export interface ItemSource {
  briefId: string;
  selector: Selector;
}

/** Why a checklist item was suggested: it sits in a recommendations section, in a list a lead-in
 *  introduces as things to do, it is a recommending ("should") sentence, or a dated schedule row. */
export const SUGGESTION_REASONS = ['section', 'lead-in', 'modal', 'schedule'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface ChecklistItem {
  id: string;
  briefIds: string[];
  text: string;
  selector: Selector;
  sources: ItemSource[];
  topic: string;
  status: ItemStatus;
  owner: string;
  /** The team's due date (ISO), set by the user. */
  due: string | null;
  priority: Priority;
  notes: string;
  history: StatusChange[];
  createdAt: number;
  updatedAt: number;
  /** A date the source gives for it, as written ("Q3 2024"): not the team's due date. */
  sourceDate?: string;
  /** Why it was suggested (absent for items the user made). */
  reason?: SuggestionReason;
  /** Why the user dismissed it, if they said. */
  dismissReason?: string;
}

export interface BookEntry {
  kind: 'brief' | 'section';
  /** Brief id for a brief entry; a generated id for a section divider. */
  id: string;
  title: string;
  note: string;
}

export type AnnotationMode = 'none' | 'highlights' | 'notes';

export interface BookOptions {
  paper: 'A4' | 'Letter';
  annotations: AnnotationMode;
  checklist: boolean;
  checklistStatuses: ItemStatus[];
  sources: boolean;
  language: Language;
  /** The summary page for the principal after the cover; absent (older books) means on. */
  summary?: boolean;
}

/** A tailored edition of a book (domain/book/editions.ts). */
export interface Edition {
  id: string;
  name: string;
  /** Brief ids, a subset of the book's brief entries. */
  briefIds: string[];
  /** Section entry ids, a subset of the book's section entries. */
  sections: string[];
  /** Annotation notes (endnotes, notes for the principal); highlights stay without their words. */
  includeNotes: boolean;
  /** Checklist items: the checklist appendix and the summary's open items. */
  includeItems: boolean;
  /** Phrases redacted from this edition only, besides the rules in Settings. */
  extraRedactions: string[];
}

export interface Book {
  id: string;
  title: string;
  subtitle: string;
  meeting: string;
  marking: string;
  preparedBy: string;
  preparedFor: string;
  meetingDate: string | null;
  entries: BookEntry[];
  options: BookOptions;
  /** Since schema v7: the book's tailored editions; absent means only the full book. */
  editions?: Edition[];
  /** Since schema v10: a level the user raised the book to; the book never prints below its content's. */
  level?: string;
  createdAt: number;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
