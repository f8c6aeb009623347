// Generated, clearly fictional libraries for backup tests, and a fresh Dexie on fake-indexeddb.
import { fromBackupImage } from '../../../renderer/src/domain/backup/images.js';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AppDB } from '../../../renderer/src/data/db.js';
import { putBriefs } from '../../../renderer/src/data/brief-bodies.js';
import { DEFAULT_BOOK_OPTIONS } from '../../../renderer/src/domain/migrations/v2.js';
import type { Annotation, Book, Brief, ChecklistItem, Selector } from '../../../renderer/src/domain/types.js';
import type { LibraryTables } from '../../../renderer/src/domain/backup/index.js';

let counter = 0;
/** A new, empty database of its own (each test gets an isolated IndexedDB factory). */
export function freshDb(name = `test-${++counter}`): AppDB {
  return new AppDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const selector = (i: number): Selector => ({
  quote: { exact: `passage ${i}`, prefix: 'before ', suffix: ' after' },
  position: { start: i, end: i + 10 },
});

export function brief(i: number, over: Partial<Brief> = {}): Brief {
  return {
    id: `brief-${i}`,
    title: `Fictional harbour memo ${i}`,
    subtitle: '',
    byline: 'Office of Imaginary Affairs',
    source: { name: 'Invented Gazette', url: `https://example.invalid/${i}`, publishedAt: '2025-03-01' },
    importedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    markdown: `# Memo ${i}\n\nThe commission should review berth ${i} — ñ, 漢字, emoji 🛳.`,
    contentHash: `hash-${i}`,
    topics: ['trade'],
    tags: i % 3 === 0 ? ['urgent'] : [],
    language: 'en',
    wordCount: 12,
    readState: 'unread',
    fileName: `memo-${i}.md`,
    removedLines: [],
    topicEvidence: [{ topic: 'trade', terms: ['berth'] }],
    excerpt: `Memo ${i}`,
    readProgress: 0,
    deletedAt: null,
    revision: 0,
    ...over,
  };
}

export function annotation(i: number, briefId: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id: `note-${i}`,
    briefId,
    selector: selector(i),
    color: 'yellow',
    note: `A thought about ${i}`,
    tags: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000 + i,
    orphaned: false,
    ...over,
  };
}

export function item(i: number, briefIds: string[], over: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: `item-${i}`,
    briefIds,
    text: `Review berth ${i}`,
    selector: selector(i),
    sources: briefIds.map((briefId) => ({ briefId, selector: selector(i) })),
    topic: 'trade',
    status: 'open',
    owner: '',
    due: null,
    priority: 'normal',
    notes: '',
    history: [{ at: 1_700_000_000_000, by: 'Tester', from: null, to: 'open' }],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000 + i,
    ...over,
  };
}

export function book(i: number, briefIds: string[], over: Partial<Book> = {}): Book {
  return {
    id: `book-${i}`,
    title: `Visit to Imaginaria ${i}`,
    subtitle: '',
    meeting: '',
    marking: 'UNCLASSIFIED',
    preparedBy: 'Tester',
    preparedFor: '',
    meetingDate: null,
    entries: briefIds.map((id) => ({ kind: 'brief' as const, id, title: '', note: '' })),
    options: { ...DEFAULT_BOOK_OPTIONS },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000 + i,
    ...over,
  };
}

/** `n` briefs, each with one annotation, every other one with a checklist item; 3 books. */
export function generateLibrary(n: number): LibraryTables {
  const briefs = Array.from({ length: n }, (_, i) => brief(i));
  return {
    briefs,
    annotations: briefs.map((b, i) => annotation(i, b.id)),
    recommendations: briefs.filter((_, i) => i % 2 === 0).map((b, i) => item(i, [b.id])),
    books: [0, 1, 2].map((i) => book(i, briefs.slice(i * 3, i * 3 + 3).map((b) => b.id))),
    settings: [
      { key: 'authorName', value: 'A. Tester' },
      { key: 'theme', value: 'sepia' },
    ],
    images: [],
  };
}

/** Writes tables into a database; images are optional (most tests have none). */
export async function fill(database: AppDB, tables: Omit<LibraryTables, 'images'> & Partial<Pick<LibraryTables, 'images'>>): Promise<void> {
  await database.transaction('rw', [database.briefs, database.bodies, database.annotations, database.recommendations, database.books, database.settings, database.images], async () => {
    await putBriefs(database, tables.briefs);
    await database.annotations.bulkAdd(tables.annotations);
    await database.recommendations.bulkAdd(tables.recommendations);
    await database.books.bulkAdd(tables.books);
    await database.settings.bulkAdd(tables.settings);
    await database.images.bulkAdd((tables.images ?? []).map(fromBackupImage));
  });
}

/** Tables sorted by key, for deep equality regardless of read order. */
export function sorted(tables: LibraryTables): LibraryTables {
  const by = <T>(key: (r: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    briefs: [...tables.briefs].sort(by((r) => r.id)),
    annotations: [...tables.annotations].sort(by((r) => r.id)),
    recommendations: [...tables.recommendations].sort(by((r) => r.id)),
    books: [...tables.books].sort(by((r) => r.id)),
    settings: [...tables.settings].sort(by((r) => r.key)),
    images: [...tables.images].sort(by((r) => r.id)),
  };
}
