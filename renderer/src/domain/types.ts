// The records Chancery keeps. Times are epoch milliseconds; publishedAt and due are ISO dates.

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

export interface Recommendation {
  id: string;
  briefIds: string[];
  text: string;
  selector: Selector;
  sources: ItemSource[];
  topic: string;
  status: ItemStatus;
  owner: string;
  due: string | null;
  priority: Priority;
  notes: string;
  history: StatusChange[];
  createdAt: number;
  updatedAt: number;
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
  language: 'en' | 'es';
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
  createdAt: number;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
