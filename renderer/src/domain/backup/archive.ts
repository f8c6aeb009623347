// Writes and reads .chancery files: a zip holding manifest.json and one JSON file per table.
// Reading checks everything before returning anything, so a damaged file is refused whole.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { z } from '../schema.js';
import { annotationV1toV2, bookV1toV2, briefV1toV2, recommendationV1toV2 } from '../migrations/v2.js';
import { briefV2toV3 } from '../migrations/v3.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { BackupError } from './errors.js';
import { sha256Hex } from './hash.js';
import { BACKUP_FORMAT, MANIFEST_FILE, manifestSchema, TABLE_SINCE, tableFile, type Manifest } from './manifest.js';
import { BACKUP_TABLES, TABLE_SCHEMAS, recordKey, type BackupTable, type LibraryTables } from './records.js';
import { screenTables, type DroppedRecords } from './screen.js';
import { unpackLimited } from './unpack.js';

/**
 * The newest record layout this code writes: the library's own schema version (one number for
 * storage and backups). Older backups are upgraded on reading.
 */
export const BACKUP_SCHEMA_VERSION = SCHEMA_VERSION;
/**
 * Refuse archives that would unpack to more than this (a zip bomb, or not ours). A library of
 * 10,000 briefs unpacks to about 100 MB; every table must also stay a string JSON.parse can take.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export interface BackupContents {
  manifest: Manifest;
  tables: LibraryTables;
  /** Records the file held that may not enter a library (see screen.ts), counted. */
  dropped: DroppedRecords[];
}

export type BackupMeta = Pick<Manifest, 'kind' | 'appVersion' | 'createdAt' | 'bookId'>;

export async function packBackup(tables: LibraryTables, meta: BackupMeta): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const counts = {} as Manifest['counts'];
  const sha256 = {} as Manifest['sha256'];
  for (const table of BACKUP_TABLES) {
    const bytes = strToU8(JSON.stringify(tables[table]));
    files[tableFile(table)] = bytes;
    counts[table] = tables[table].length;
    sha256[table] = await sha256Hex(bytes);
  }
  const manifest: Manifest = { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, ...meta, counts, sha256 };
  files[MANIFEST_FILE] = strToU8(JSON.stringify(manifest, null, 2));
  // Level 6 is fflate's default trade-off; JSON compresses about 4:1.
  return zipSync(files, { level: 6 });
}

const EXPECTED_FILES = new Set([MANIFEST_FILE, ...BACKUP_TABLES.map(tableFile)]);

function parseJson(name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new BackupError('bad-json', `${name} in the backup is damaged (it is not valid JSON).`);
  }
}

/** Names the record by its title when it has one, so the user knows which brief or book is at fault. */
function describeIssue(name: string, error: z.ZodError, records?: unknown): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const record = Array.isArray(records) && typeof path[0] === 'number' ? (records[path[0]] as { title?: unknown } | undefined) : undefined;
  const title = typeof record?.title === 'string' && record.title ? ` (“${record.title.slice(0, 80)}”)` : '';
  const where = path.length ? path.map(String).join('.') : 'the top level';
  return `${name} in the backup is not valid at ${where}${title}: ${issue?.message ?? 'unknown problem'}.`;
}

type Upgrade = { [T in BackupTable]: (record: never, now: number) => unknown };

const same = (r: never) => r;
const UNCHANGED: Upgrade = { briefs: same, annotations: same, recommendations: same, books: same, settings: same, images: same };

// Records of older schemas are brought up to date by the same pure functions the database uses,
// one step per version: UPGRADES[n] turns a record of version n + 1 into version n + 2.
const UPGRADES: Upgrade[] = [
  {
    briefs: (r) => briefV1toV2(r),
    annotations: (r) => annotationV1toV2(r),
    recommendations: (r, now) => recommendationV1toV2(r, now),
    books: (r, now) => bookV1toV2(r, now),
    settings: (r) => r,
    images: (r) => r,
  },
  {
    briefs: (r) => briefV2toV3(r),
    annotations: (r) => r,
    recommendations: (r) => r,
    books: (r) => r,
    settings: (r) => r,
    images: (r) => r,
  },
  // 3 → 4 moved a brief's text into a table of its own in the library; a backup keeps it inside
  // the brief, so its records do not change.
  UNCHANGED,
  // 4 → 5 added images: a table older backups do not have (read as empty), no record changes.
  UNCHANGED,
  // 5 → 6 added redactions (an optional field of annotations, a preference): no record changes.
  UNCHANGED,
  // 6 → 7 added the keyring of a protected library, which no backup carries: no record changes.
  UNCHANGED,
  // 7 → 8 added editions (an optional field of books): no record changes.
  UNCHANGED,
  // 8 → 9 stored the search index and its journal, which no backup carries: no record changes.
  UNCHANGED,
  // 9 → 10 added handling levels (optional fields of briefs and books, a preference): no record changes.
  UNCHANGED,
];

function upgradeRecord(table: BackupTable, record: unknown, fromVersion: number, now: number): unknown {
  return UPGRADES.slice(fromVersion - 1).reduce((r, step) => step[table](r as never, now), record);
}

function validateTable<T extends BackupTable>(table: T, raw: unknown, manifest: Manifest): LibraryTables[T] {
  const name = tableFile(table);
  if (!Array.isArray(raw)) throw new BackupError('invalid-record', `${name} in the backup is not a list of records.`);
  if (raw.length !== manifest.counts[table]) {
    throw new BackupError('count-mismatch', `${name} holds ${raw.length} records but the manifest announces ${manifest.counts[table]}.`);
  }
  const upgraded =
    manifest.schemaVersion < BACKUP_SCHEMA_VERSION
      ? raw.map((r: unknown) => {
          try {
            return upgradeRecord(table, r, manifest.schemaVersion, manifest.createdAt);
          } catch {
            return r; // left as it was, so the schema check below names the problem
          }
        })
      : raw;
  const parsed = z.array(TABLE_SCHEMAS[table]).safeParse(upgraded);
  if (!parsed.success) throw new BackupError('invalid-record', describeIssue(name, parsed.error, upgraded));
  const records = parsed.data as LibraryTables[T];
  const seen = new Set<string>();
  for (const record of records) {
    const key = recordKey(table, record);
    if (seen.has(key)) throw new BackupError('duplicate-id', `${name} in the backup holds the id "${key.slice(0, 100)}" twice.`);
    seen.add(key);
  }
  return records;
}

export interface ReadOptions {
  /** Told how much of the file has been unpacked (0..1). */
  onProgress?: (fraction: number) => void;
}

/** Checks a .chancery file completely and returns its contents, or throws a BackupError. */
export async function readBackup(bytes: Uint8Array, { onProgress }: ReadOptions = {}): Promise<BackupContents> {
  const files = unpackLimited(bytes, { expected: EXPECTED_FILES, maxBytes: MAX_UNPACKED_BYTES, onProgress });
  const manifestBytes = files[MANIFEST_FILE];
  if (!manifestBytes) throw new BackupError('missing-file', 'The file has no manifest.json: it is not a Chancery backup, or it is incomplete.');
  const manifestRaw = parseJson(MANIFEST_FILE, manifestBytes);
  const version = (manifestRaw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > BACKUP_SCHEMA_VERSION) {
    throw new BackupError('newer-schema', `The backup was made by a newer Chancery (library format ${version}; this app reads up to ${BACKUP_SCHEMA_VERSION}). Update Chancery to restore it.`);
  }
  const parsedManifest = manifestSchema.safeParse(manifestRaw);
  if (!parsedManifest.success) throw new BackupError('bad-manifest', describeIssue(MANIFEST_FILE, parsedManifest.error));
  const manifest = parsedManifest.data;

  const tables = {} as Record<BackupTable, unknown>;
  for (const table of BACKUP_TABLES) {
    const name = tableFile(table);
    const content = files[name];
    const since = TABLE_SINCE[table];
    if (!content && since && manifest.schemaVersion < since) {
      tables[table] = [];
      continue;
    }
    if (!content) throw new BackupError('missing-file', `The backup has no ${name}: it is incomplete.`);
    if ((await sha256Hex(content)) !== manifest.sha256[table]) {
      throw new BackupError('hash-mismatch', `${name} in the backup does not match its checksum: the file is damaged.`);
    }
    tables[table] = validateTable(table, parseJson(name, content), manifest);
  }
  return { manifest, ...screenTables(manifest, tables as LibraryTables) };
}
