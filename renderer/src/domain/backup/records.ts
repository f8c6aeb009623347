// What a valid record of each table looks like, checked before a backup or book package is
// allowed anywhere near the library. Strict objects: an unknown field means a file this
// version does not understand, and that is refused rather than silently dropped.
import { z } from '../schema.js';
import { MAX_BRIEF_CHARS } from '../text/guards.js';
import { LANGUAGE_CODES } from '../language/languages.js';
import { HIGHLIGHT_COLORS, ITEM_STATUSES, SUGGESTION_REASONS } from '../types.js';
import { MAX_REASON } from '../redaction/rules.js';
import type { Annotation, Book, Brief, ChecklistItem, Setting } from '../types.js';
import { imageSchema, type BackupImage } from './images.js';
import { editionsSchema } from '../book/editions.js';
import { levelIdSchema, portionLevelsSchema } from '../marking/levels.js';

// zod probes `new Function` to compile fast validators; the app's CSP forbids eval, and the
// probe alone is reported as a CSP violation. Interpreted validation is fast enough here.
z.config({ jitless: true });

const id = z.string().min(1).max(200);
const time = z.number().int().nonnegative();
const text = z.string().max(MAX_BRIEF_CHARS);
const short = z.string().max(10_000);
const isoDate = z.string().max(40).nullable();

/** Optional on a brief (older backups have none): how the import got each citation field. */
const origin = z.enum(['found', 'guessed']);

const selector = z.strictObject({
  quote: z.strictObject({ exact: text, prefix: short, suffix: short }),
  position: z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});

export const briefSchema = z.strictObject({
  id,
  title: short,
  subtitle: short,
  byline: short,
  source: z.strictObject({ name: short, url: short, publishedAt: isoDate }),
  importedAt: time,
  updatedAt: time,
  markdown: text,
  contentHash: z.string().max(200),
  topics: z.array(short),
  tags: z.array(short),
  language: z.string().max(40),
  wordCount: z.number().int().nonnegative(),
  readState: z.enum(['unread', 'reading', 'read']),
  fileName: short,
  removedLines: z.array(z.strictObject({ index: z.number().int(), text, reason: short })),
  topicEvidence: z.array(z.strictObject({ topic: short, terms: z.array(short) })),
  excerpt: text,
  readProgress: z.number().min(0).max(1),
  deletedAt: time.nullable(),
  revision: z.number().int().nonnegative(),
  origins: z
    .strictObject({ title: origin.optional(), byline: origin.optional(), publishedAt: origin.optional(), source: origin.optional(), url: origin.optional() })
    .optional(),
  // Since schema v10: handling levels, as ids of the marking scheme.
  level: levelIdSchema.optional(),
  portionLevels: portionLevelsSchema.optional(),
}) satisfies z.ZodType<Brief>;

export const annotationSchema = z.strictObject({
  id,
  briefId: id,
  selector,
  color: z.enum(HIGHLIGHT_COLORS),
  note: text,
  tags: z.array(short),
  createdAt: time,
  updatedAt: time,
  orphaned: z.boolean(),
  // Optional, so annotations written before it existed stay valid without a migration.
  forPrincipal: z.boolean().optional(),
  // Since schema v6: a redaction carries its reason (see domain/redaction).
  redaction: z.strictObject({ reason: z.string().trim().min(1).max(MAX_REASON) }).optional(),
}) satisfies z.ZodType<Annotation>;

const status = z.enum(ITEM_STATUSES);

export const itemSchema = z.strictObject({
  id,
  briefIds: z.array(id),
  text,
  selector,
  sources: z.array(z.strictObject({ briefId: id, selector })),
  topic: short,
  status,
  owner: short,
  due: isoDate,
  priority: z.enum(['low', 'normal', 'high']),
  notes: text,
  history: z.array(z.strictObject({ at: time, by: short, from: status.nullable(), to: status })),
  createdAt: time,
  updatedAt: time,
  // Optional, so records written before these fields existed stay valid without a migration.
  sourceDate: z.string().max(200).optional(),
  reason: z.enum(SUGGESTION_REASONS).optional(),
  dismissReason: short.optional(),
}) satisfies z.ZodType<ChecklistItem>;

export const bookSchema = z.strictObject({
  id,
  title: short,
  subtitle: short,
  meeting: short,
  marking: short,
  preparedBy: short,
  preparedFor: short,
  meetingDate: isoDate,
  entries: z.array(z.strictObject({ kind: z.enum(['brief', 'section']), id, title: short, note: text })),
  options: z.strictObject({
    paper: z.enum(['A4', 'Letter']),
    annotations: z.enum(['none', 'highlights', 'notes']),
    checklist: z.boolean(),
    checklistStatuses: z.array(status),
    sources: z.boolean(),
    language: z.enum(LANGUAGE_CODES),
    summary: z.boolean().optional(),
  }),
  // Since schema v7: the book's tailored editions.
  editions: editionsSchema.optional(),
  level: levelIdSchema.optional(),
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<Book>;

export const settingSchema = z.strictObject({ key: z.string().min(1).max(200), value: z.unknown() }) as z.ZodType<Setting>;

/** The tables a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = ['briefs', 'annotations', 'recommendations', 'books', 'settings', 'images'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface LibraryTables {
  briefs: Brief[];
  annotations: Annotation[];
  recommendations: ChecklistItem[];
  books: Book[];
  settings: Setting[];
  images: BackupImage[];
}

export const TABLE_SCHEMAS: { [T in BackupTable]: z.ZodType<LibraryTables[T][number]> } = {
  briefs: briefSchema,
  annotations: annotationSchema,
  recommendations: itemSchema,
  books: bookSchema,
  settings: settingSchema,
  images: imageSchema,
};

/** The primary key of a record of `table` (settings are keyed by name). */
export function recordKey<T extends BackupTable>(table: T, record: LibraryTables[T][number]): string {
  return table === 'settings' ? (record as Setting).key : (record as { id: string }).id;
}
