// What the library's selection bar does, through the repositories (one write per brief, so each
// one notifies the search index like any other edit).
import { updateBrief } from '../../../data/briefs.js';
import { getBook, updateBook } from '../../../data/books.js';
import { briefsByIds } from '../../../data/library-query.js';
import { moveBriefToTrash, restoreBriefFromTrash } from '../../../data/trash.js';
import type { BookEntry } from '../../../domain/types.js';

/** Adds a tag to each brief that lacks it; returns how many changed. */
export async function tagBriefs(ids: readonly string[], tag: string): Promise<number> {
  const briefs = await briefsByIds(ids);
  const missing = briefs.filter((b) => !b.tags.includes(tag));
  for (const b of missing) await updateBrief(b.id, { tags: [...b.tags, tag] });
  return missing.length;
}

/** Appends the briefs a book does not have yet, in library order; returns how many were added. */
export async function addBriefsToBook(ids: readonly string[], bookId: string): Promise<number> {
  const [book, briefs] = await Promise.all([getBook(bookId), briefsByIds(ids)]);
  if (!book) return 0;
  const present = new Set(book.entries.filter((e) => e.kind === 'brief').map((e) => e.id));
  const added: BookEntry[] = briefs.filter((b) => !present.has(b.id)).map((b) => ({ kind: 'brief', id: b.id, title: b.title, note: '' }));
  if (added.length) await updateBook(bookId, { entries: [...book.entries, ...added] });
  return added.length;
}

/** Moves briefs to the Trash and returns the undo. */
export async function trashBriefs(ids: readonly string[]): Promise<() => Promise<void>> {
  const now = Date.now();
  for (const id of ids) await moveBriefToTrash(id, now);
  return async () => {
    for (const id of ids) await restoreBriefFromTrash(id);
  };
}
