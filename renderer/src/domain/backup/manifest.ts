// manifest.json: what a .chancery file holds and how to check that it arrived whole.
import { z } from '../schema.js';
import { BACKUP_TABLES, type BackupTable } from './records.js';

export const BACKUP_FORMAT = 'chancery-backup';
export const MANIFEST_FILE = 'manifest.json';
export const tableFile = (table: BackupTable): string => `${table}.json`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 must be 64 hexadecimal digits');
/** Tables that older backups do not have (images came with schema 5): optional in their manifests. */
export const TABLE_SINCE: Partial<Record<BackupTable, number>> = { images: 5 };
const perTable = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(BACKUP_TABLES.map((t) => [t, TABLE_SINCE[t] ? value.optional() : value])) as Record<BackupTable, T>);

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  /** 'library' is a whole backup; 'book' is one shared briefing book with its briefs. */
  kind: z.enum(['library', 'book']),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  /** The book a 'book' package carries; null for a library backup. */
  bookId: z.string().max(200).nullable(),
  counts: perTable(z.number().int().nonnegative()),
  sha256: perTable(sha256),
});

export type Manifest = z.infer<typeof manifestSchema>;
