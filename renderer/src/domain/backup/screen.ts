// What a checked file may bring into a library. A shared book brings only its book, the briefs
// it lists, and their annotations and checklist items; no file brings settings the app cannot
// use, notes or items about briefs it does not carry, or passages that end before they start.
// Whatever is left out is counted, so the restore report can say so.
import { validPreference, isPreferenceKey } from '../settings.js';
import type { ChecklistItem, Selector } from '../types.js';
import { BackupError } from './errors.js';
import type { Manifest } from './manifest.js';
import type { BackupTable, LibraryTables } from './records.js';

export type DropReason =
  /** A shared book carried something that is not part of that book (another book, a brief it does not list, settings). */
  | 'not-in-book'
  /** An annotation or checklist item about a brief the file does not carry. */
  | 'missing-brief'
  /** A passage whose end comes before its start. */
  | 'bad-selector'
  /** A setting this app does not know, or a value it cannot use. */
  | 'bad-setting';

export interface DroppedRecords {
  table: BackupTable;
  reason: DropReason;
  count: number;
}

const selectorOk = (s: Selector): boolean => s.position.start <= s.position.end;

/** An item keeps only the briefs the file carries; with none left it has nothing to point at. */
function itemWithin(item: ChecklistItem, briefIds: ReadonlySet<string>): ChecklistItem | null {
  const ids = item.briefIds.filter((id) => briefIds.has(id));
  if (ids.length === 0) return null;
  if (ids.length === item.briefIds.length) return item;
  return { ...item, briefIds: ids, sources: item.sources.filter((s) => briefIds.has(s.briefId)) };
}

export function screenTables(manifest: Pick<Manifest, 'kind' | 'bookId'>, input: LibraryTables): { tables: LibraryTables; dropped: DroppedRecords[] } {
  const dropped: DroppedRecords[] = [];
  const drop = (table: BackupTable, reason: DropReason, count: number) => {
    if (count > 0) dropped.push({ table, reason, count });
  };
  const keep = <T>(table: BackupTable, reason: DropReason, records: T[], ok: (r: T) => boolean): T[] => {
    const kept = records.filter(ok);
    drop(table, reason, records.length - kept.length);
    return kept;
  };

  let { briefs, books, settings } = input;
  if (manifest.kind === 'book') {
    const book = books.find((b) => b.id === manifest.bookId);
    if (!book) throw new BackupError('bad-manifest', 'The shared book does not contain the book its manifest names.');
    const listed = new Set(book.entries.filter((e) => e.kind === 'brief').map((e) => e.id));
    books = keep('books', 'not-in-book', books, (b) => b === book);
    briefs = keep('briefs', 'not-in-book', briefs, (b) => listed.has(b.id));
    settings = keep('settings', 'not-in-book', settings, () => false);
  }
  settings = keep('settings', 'bad-setting', settings, (s) => isPreferenceKey(s.key) && validPreference(s.key, s.value));

  const briefIds = new Set(briefs.map((b) => b.id));
  let annotations = keep('annotations', 'missing-brief', input.annotations, (a) => briefIds.has(a.briefId));
  annotations = keep('annotations', 'bad-selector', annotations, (a) => selectorOk(a.selector));

  const within = input.recommendations.map((r) => itemWithin(r, briefIds));
  let recommendations = within.filter((r): r is ChecklistItem => r !== null);
  drop('recommendations', 'missing-brief', within.length - recommendations.length);
  recommendations = keep('recommendations', 'bad-selector', recommendations, (r) => selectorOk(r.selector) && r.sources.every((s) => selectorOk(s.selector)));

  // An image belongs to one brief: without it in the file, it has nothing to be shown in.
  const images = keep('images', 'missing-brief', input.images, (i) => briefIds.has(i.briefId));

  return { tables: { briefs, annotations, recommendations, books, settings, images }, dropped };
}
