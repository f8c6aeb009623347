// Briefing books.
import type { Annotation, AnnotationMode, Book, BriefRecord, Edition } from '../domain/types.js';
import type { BookRecords } from '../domain/book/layout.js';
import { DEFAULT_BOOK_OPTIONS } from '../domain/migrations/v2.js';
import { briefIdOfPrint, singleBriefBook } from '../domain/book/single-brief.js';
import { addBriefEntries } from '../domain/book/entries.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { newId } from './ids.js';
import { readBriefs } from './brief-bodies.js';
import { putBack, takeRecord } from './undoable.js';
import { settingsRepository } from './settings.js';

function newBook(title: string, marking: string, now: number): Book {
  return {
    id: newId(),
    title,
    subtitle: '',
    meeting: '',
    marking,
    preparedBy: '',
    preparedFor: '',
    meetingDate: null,
    entries: [],
    options: { ...DEFAULT_BOOK_OPTIONS },
    createdAt: now,
    updatedAt: now,
  };
}

export type BookPatch = Partial<
  Pick<Book, 'title' | 'subtitle' | 'meeting' | 'marking' | 'preparedBy' | 'preparedFor' | 'meetingDate' | 'entries' | 'options' | 'editions' | 'level'>
>;

export function booksRepository(database: AppDB) {
  async function listBooks(): Promise<Book[]> {
    return database.books.orderBy('updatedAt').reverse().toArray();
  }

  async function getBook(id: string): Promise<Book | undefined> {
    return database.books.get(id);
  }

  async function createBook(title: string, marking: string, now = Date.now()): Promise<Book> {
    const book = newBook(title, marking, now);
    await database.books.add(book);
    return book;
  }

  async function updateBook(id: string, patch: BookPatch, now = Date.now()): Promise<void> {
    await database.books.update(id, { ...patch, updatedAt: now });
  }

  /** A copy under a new id and title; entries and options are copied, not shared. */
  async function duplicateBook(id: string, title: string, now = Date.now()): Promise<Book | undefined> {
    return database.transaction('rw', database.books, async () => {
      const original = await database.books.get(id);
      if (!original) return undefined;
      const copy: Book = structuredClone({ ...original, id: newId(), title, createdAt: now, updatedAt: now });
      await database.books.add(copy);
      return copy;
    });
  }

  /** Changes a book's editions in one transaction, from the stored list (never a stale copy). */
  async function changeEditions(id: string, change: (editions: Edition[]) => Edition[], now = Date.now()): Promise<void> {
    await database.transaction('rw', database.books, async () => {
      const book = await database.books.get(id);
      if (book) await database.books.update(id, { editions: change(book.editions ?? []), updatedAt: now });
    });
  }

  /** Deletes and returns the record, so the caller can offer undo with restoreBook. */
  const deleteBook = (id: string): Promise<Book | undefined> => takeRecord(database.books, id);

  const restoreBook = (book: Book): Promise<void> => putBack(database.books, book);

  /** Finds a book by exact id, else by title (case-insensitive); the newest wins a title tie. */
  async function findBook(idOrTitle: string): Promise<Book | undefined> {
    const byId = await database.books.get(idOrTitle);
    if (byId) return byId;
    const wanted = idOrTitle.trim().toLowerCase();
    const matches = await database.books.filter((b) => b.title.trim().toLowerCase() === wanted).toArray();
    return matches.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  }

  /**
   * Everything the print view needs for one book, read in one transaction. `printId` is a book id,
   * or a single-brief print id (see domain/book/single-brief.ts) composed from the preferences.
   */
  async function loadBookRecords(printId: string): Promise<BookRecords | undefined> {
    return database.transaction('r', [database.books, database.briefs, database.bodies, database.annotations, database.recommendations, database.settings], async () => {
      const single = briefIdOfPrint(printId);
      let book: Book | undefined;
      if (single !== null) {
        const [brief] = await readBriefs(database, [single]);
        const prefs = brief ? await settingsRepository(database).loadPreferences() : undefined;
        book = brief && prefs ? singleBriefBook(brief, prefs.defaultMarking, prefs.authorName, prefs.paper) : undefined;
      } else {
        book = await database.books.get(printId);
      }
      if (!book) return undefined;
      const ids = [...new Set(book.entries.filter((e) => e.kind === 'brief').map((e) => e.id))];
      const found = await readBriefs(database, ids);
      const annotations = await database.annotations.where('briefId').anyOf(ids).toArray();
      const items = await database.recommendations.where('briefIds').anyOf(ids).distinct().toArray();
      const byBrief = new Map<string, Annotation[]>();
      for (const a of annotations) byBrief.set(a.briefId, [...(byBrief.get(a.briefId) ?? []), a]);
      return { book, briefs: new Map(found.map((b) => [b.id, b])), annotations: byBrief, items };
    });
  }

  /**
   * Composes and stores a book from briefs already in the library: all live briefs in import
   * order, or the given ids in that order. Ids not found are returned, not silently dropped.
   */
  async function composeBookFromBriefs(
    title: string,
    briefIds: 'all' | string[],
    fields: { marking: string; annotations?: AnnotationMode },
    now = Date.now(),
  ): Promise<{ book: Book; missing: string[] }> {
    return database.transaction('rw', database.books, database.briefs, async () => {
      const found =
        briefIds === 'all'
          ? await database.briefs.orderBy('importedAt').filter((b) => b.deletedAt === null).toArray()
          : (await database.briefs.bulkGet(briefIds)).filter((b): b is BriefRecord => b !== undefined && b.deletedAt === null);
      const missing = briefIds === 'all' ? [] : briefIds.filter((id) => !found.some((b) => b.id === id));
      const book: Book = { ...newBook(title, fields.marking, now), entries: addBriefEntries([], found) };
      if (fields.annotations) book.options.annotations = fields.annotations;
      await database.books.add(book);
      return { book, missing };
    });
  }

  return { listBooks, getBook, createBook, updateBook, changeEditions, duplicateBook, deleteBook, restoreBook, findBook, loadBookRecords, composeBookFromBriefs };
}

export const { listBooks, getBook, createBook, updateBook, changeEditions, duplicateBook, deleteBook, restoreBook, findBook, loadBookRecords, composeBookFromBriefs } =
  boundToApp(booksRepository);
