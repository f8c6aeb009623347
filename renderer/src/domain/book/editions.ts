// Tailored editions: one book, several readers. An edition chooses which of the book's briefs and
// sections print, whether annotation notes and checklist items go with them, and phrases redacted
// from that edition only. Pure: the print view, the CLI and the tests all go through `editionRecords`.
import { z } from '../schema.js';
import { MAX_PHRASE, MIN_PHRASE } from '../redaction/rules.js';
import type { Book, BookEntry, Edition } from '../types.js';
import type { BookRecords } from './layout.js';

export type { Edition };

export const MAX_EDITION_NAME = 100;
export const MAX_EDITIONS = 50;
const MAX_EXTRA_PHRASES = 500;

const editionName = z.string().trim().min(1).max(MAX_EDITION_NAME);
const entryId = z.string().min(1).max(200);

export const editionSchema = z.strictObject({
  id: entryId,
  name: editionName,
  briefIds: z.array(entryId).max(10_000),
  sections: z.array(entryId).max(10_000),
  includeNotes: z.boolean(),
  includeItems: z.boolean(),
  extraRedactions: z.array(z.string().trim().min(MIN_PHRASE).max(MAX_PHRASE)).max(MAX_EXTRA_PHRASES),
}) satisfies z.ZodType<Edition>;

/** Since schema v7. Names are unique regardless of case, so `--edition NAME` finds one. */
export const editionsSchema = z
  .array(editionSchema)
  .max(MAX_EDITIONS)
  .refine((list) => new Set(list.map((e) => e.name.trim().toLocaleLowerCase())).size === list.length, 'two editions share a name')
  .refine((list) => new Set(list.map((e) => e.id)).size === list.length, 'two editions share an id');

const key = (name: string): string => name.trim().toLocaleLowerCase();

/** The edition called `name` (case and outer spaces ignored), or by its id. */
export function findEdition(book: Pick<Book, 'editions'>, nameOrId: string): Edition | undefined {
  const list = book.editions ?? [];
  return list.find((e) => e.id === nameOrId) ?? list.find((e) => key(e.name) === key(nameOrId));
}

/** Why a new or renamed edition's name cannot be used, or null when it can. */
export function editionNameProblem(book: Pick<Book, 'editions'>, name: string, ownId?: string): 'empty' | 'too-long' | 'taken' | null {
  if (!name.trim()) return 'empty';
  if (name.trim().length > MAX_EDITION_NAME) return 'too-long';
  return (book.editions ?? []).some((e) => e.id !== ownId && key(e.name) === key(name)) ? 'taken' : null;
}

/** A new edition holding everything the book holds, so the user takes out what this reader must not see. */
export function newEdition(book: Pick<Book, 'entries'>, id: string, name: string): Edition {
  const ids = (kind: BookEntry['kind']) => book.entries.filter((e) => e.kind === kind).map((e) => e.id);
  return { id, name: name.trim(), briefIds: ids('brief'), sections: ids('section'), includeNotes: true, includeItems: true, extraRedactions: [] };
}

/**
 * What an edition prints: the book's entries it chose (in the book's order), only those briefs'
 * records and annotations, and items only when it takes items. Without notes, highlights keep
 * their colour but lose their words, and nothing is marked for the principal. Redaction
 * annotations always stay: they redact whatever else the edition leaves in.
 */
export function editionRecords(records: BookRecords, edition: Edition): BookRecords {
  const briefIds = new Set(edition.briefIds);
  const sections = new Set(edition.sections);
  const entries = records.book.entries.filter((e) => (e.kind === 'brief' ? briefIds.has(e.id) : sections.has(e.id)));
  const chosen = new Set(entries.filter((e) => e.kind === 'brief').map((e) => e.id));
  const briefs = new Map([...records.briefs].filter(([id]) => chosen.has(id)));
  const annotations = new Map(
    [...records.annotations]
      .filter(([id]) => chosen.has(id))
      .map(([id, list]) => [id, edition.includeNotes ? list : list.map((a) => (a.redaction ? a : { ...a, note: '', tags: [], forPrincipal: false }))] as const),
  );
  const options = {
    ...records.book.options,
    checklist: records.book.options.checklist && edition.includeItems,
    annotations: !edition.includeNotes && records.book.options.annotations === 'notes' ? ('highlights' as const) : records.book.options.annotations,
  };
  const items = edition.includeItems ? records.items.filter((i) => i.briefIds.some((id) => chosen.has(id))) : [];
  // The book printed carries no edition list: one reader's copy never names the other editions.
  const { editions: _others, ...book } = records.book;
  return { book: { ...book, entries, options }, briefs, annotations, items };
}

/**
 * The records to print for a book (`whole`, undefined when it is gone) or one of its editions.
 * An edition that is gone gives no records: never the full book in its place.
 */
export function recordsToPrint(whole: BookRecords | undefined, editionId?: string): { records?: BookRecords; edition?: Edition } {
  if (!whole || !editionId) return { records: whole };
  const edition = findEdition(whole.book, editionId);
  return edition ? { records: editionRecords(whole, edition), edition } : {};
}

/** A file name safe on every desktop system: the book's title and the edition's name. */
export function editionFileName(bookTitle: string, editionName: string, fallbackTitle = 'Book'): string {
  const clean = (s: string) =>
    [...s.normalize('NFC')]
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .join('')
      .replace(/[<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, '');
  const base = [clean(bookTitle) || fallbackTitle, clean(editionName)].filter(Boolean).join(' - ').slice(0, 180).trim();
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base}_` : base;
  return `${reserved || fallbackTitle}.pdf`;
}
