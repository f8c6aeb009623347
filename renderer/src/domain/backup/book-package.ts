// Which records travel with a shared briefing book: the book, the briefs it lists, their
// annotations and the checklist items drawn from them. Settings stay home.
import type { Annotation, Book, Brief, ChecklistItem } from '../types.js';
import type { BackupImage } from './images.js';
import type { LibraryTables } from './records.js';

export const bookBriefIds = (book: Book): string[] => book.entries.filter((e) => e.kind === 'brief').map((e) => e.id);

export function bookPackageTables(
  book: Book,
  briefs: readonly (Brief | undefined)[],
  annotations: readonly Annotation[],
  items: readonly ChecklistItem[],
  images: readonly BackupImage[] = [],
): LibraryTables {
  const present = briefs.filter((b): b is Brief => b !== undefined);
  const ids = new Set(present.map((b) => b.id));
  const uniqueItems = [...new Map(items.filter((r) => r.briefIds.some((id) => ids.has(id))).map((r) => [r.id, r])).values()];
  return {
    briefs: present,
    annotations: annotations.filter((a) => ids.has(a.briefId)),
    recommendations: uniqueItems,
    books: [book],
    settings: [],
    images: images.filter((i) => ids.has(i.briefId)),
  };
}
