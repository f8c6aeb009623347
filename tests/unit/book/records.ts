// Small record builders for the book model tests.
import type { Annotation, Book, Brief, HighlightColor, ItemStatus, ChecklistItem } from '../../../renderer/src/domain/types.js';
import { DEFAULT_BOOK_OPTIONS } from '../../../renderer/src/domain/migrations/v2.js';

export function brief(id: string, title: string, extra: Partial<Brief> = {}): Brief {
  return {
    id, title, subtitle: '', byline: 'A. Writer', source: { name: 'The Gazette (fictional)', url: `https://example.org/${id}`, publishedAt: '2032-01-02' },
    importedAt: Date.UTC(2032, 2, 4, 23, 30), updatedAt: 0, markdown: `Body of ${title}.`, contentHash: `hash-${id}`, topics: ['trade'], tags: [],
    language: 'en', wordCount: 3, readState: 'unread', fileName: '', removedLines: [], topicEvidence: [], excerpt: '', readProgress: 0, deletedAt: null, revision: 0,
    ...extra,
  };
}

export function annotation(id: string, start: number, fields: { note?: string; color?: HighlightColor; orphaned?: boolean } = {}): Annotation {
  return {
    id, briefId: 'b1', selector: { quote: { exact: `quote ${id}`, prefix: '', suffix: '' }, position: { start, end: start + 5 } },
    color: fields.color ?? 'yellow', note: fields.note ?? '', tags: [], createdAt: start, updatedAt: start, orphaned: fields.orphaned ?? false,
  };
}

export function item(id: string, briefIds: string[], status: ItemStatus, due: string | null = null, text = `Item ${id}`): ChecklistItem {
  const selector = { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: 1 } };
  return {
    id, briefIds, text, selector, sources: [], topic: '', status, owner: 'Desk', due, priority: 'normal', notes: '', history: [], createdAt: 0, updatedAt: 0,
  };
}

export function book(entries: Book['entries'], options: Partial<Book['options']> = {}): Book {
  return {
    id: 'book', title: 'Book', subtitle: '', meeting: '', marking: 'UNCLASSIFIED', preparedBy: '', preparedFor: '', meetingDate: null,
    entries, options: { ...DEFAULT_BOOK_OPTIONS, ...options }, createdAt: 0, updatedAt: 0,
  };
}
