// Schema v1 → v2: briefs gain import provenance (file name, removed lines, topic evidence,
// excerpt), reading progress and a Trash marker; annotations gain an orphan flag; items gain
// their list of source passages. Pure so it can be tested without IndexedDB.
import type { Annotation, Book, BookEntry, BookOptions, Brief, ChecklistItem } from '../types.js';

type V1Brief = Omit<Brief, 'fileName' | 'removedLines' | 'topicEvidence' | 'excerpt' | 'readProgress' | 'deletedAt'>;
type V1Annotation = Omit<Annotation, 'orphaned'>;
type V1Recommendation = Omit<ChecklistItem, 'sources' | 'createdAt' | 'updatedAt'>;

export function briefV1toV2(old: V1Brief & Partial<Brief>): Brief {
  return {
    ...old,
    fileName: old.fileName ?? '',
    removedLines: old.removedLines ?? [],
    topicEvidence: old.topicEvidence ?? old.topics.map((topic) => ({ topic, terms: [] })),
    excerpt: old.excerpt ?? '',
    readProgress: old.readProgress ?? (old.readState === 'read' ? 1 : 0),
    deletedAt: old.deletedAt ?? null,
  };
}

export function annotationV1toV2(old: V1Annotation & Partial<Annotation>): Annotation {
  return { ...old, orphaned: old.orphaned ?? false };
}

export function recommendationV1toV2(
  old: V1Recommendation & Partial<ChecklistItem>,
  now: number,
): ChecklistItem {
  const firstBrief = old.briefIds[0];
  return {
    ...old,
    sources: old.sources ?? (firstBrief ? [{ briefId: firstBrief, selector: old.selector }] : []),
    createdAt: old.createdAt ?? old.history[0]?.at ?? now,
    updatedAt: old.updatedAt ?? old.history.at(-1)?.at ?? now,
  };
}

interface V1Book {
  id: string;
  title: string;
  subtitle: string;
  marking: string;
  preparedBy: string;
  meetingDate: string | null;
  entries: ({ briefId: string; note: string } | BookEntry)[];
  options: Partial<BookOptions>;
}

export const DEFAULT_BOOK_OPTIONS: BookOptions = {
  paper: 'A4',
  annotations: 'notes',
  checklist: true,
  checklistStatuses: ['open', 'in-progress', 'blocked'],
  sources: true,
  language: 'en',
};

export function bookV1toV2(old: V1Book & Partial<Book>, now: number): Book {
  return {
    ...old,
    meeting: old.meeting ?? '',
    preparedFor: old.preparedFor ?? '',
    entries: old.entries.map((e): BookEntry =>
      'kind' in e ? e : { kind: 'brief', id: e.briefId, title: '', note: e.note },
    ),
    options: { ...DEFAULT_BOOK_OPTIONS, ...old.options },
    createdAt: old.createdAt ?? now,
    updatedAt: old.updatedAt ?? now,
  };
}
