// Backups and book packages against the database: a consistent read for writing one, and a
// single transaction for restoring one, so a restore lands whole or not at all.
import type { Table } from 'dexie';
import {
  BACKUP_TABLES,
  BackupError,
  bookBriefIds,
  bookPackageTables,
  copyIdFor,
  packBackup,
  planMerge,
  recordKey,
  type BackupContents,
  type BackupTable,
  type BriefCopy,
  type DroppedRecords,
  type LibraryTables,
  type MergeOptions,
  type MergeReport,
} from '../domain/backup/index.js';
import type { Brief } from '../domain/types.js';
import { fromBackupImage, toBackupImage } from '../domain/backup/images.js';
import { sealFile } from './crypto/sealed-file.js';
import type { KdfParams } from './crypto/keyring.js';
import { MIN_PASSPHRASE_LENGTH } from './library-protection.js';
import { db, type AppDB } from './db.js';
import { putBriefs, withBodies } from './brief-bodies.js';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreResult {
  mode: RestoreMode;
  report: MergeReport;
  /** Briefs edited here that the file had another version of: the file's was added as a copy. */
  copies: BriefCopy[];
  /** What the file held that was left out, counted (from readBackup's screening). */
  dropped: DroppedRecords[];
}

export type RestoreNaming = Pick<MergeOptions, 'copyTitle'>;

const tableOf = (database: AppDB, table: BackupTable): Table<unknown, string> =>
  database.table(table) as Table<unknown, string>;
// Briefs' texts live in a table of their own (schema v4); a backup holds them inside each brief.
const allTables = (database: AppDB) => [...BACKUP_TABLES.map((t) => database.table(t)), database.bodies];

/** Whole briefs by id, aligned with the ids (undefined where there is none). */
async function briefsAt(database: AppDB, ids: readonly string[]): Promise<(Brief | undefined)[]> {
  const records = await database.briefs.bulkGet([...ids]);
  const found = await withBodies(database, records.filter((r) => r !== undefined));
  const byId = new Map(found.map((b) => [b.id, b]));
  return ids.map((id) => byId.get(id));
}

/** Every record of every table, read in one transaction so the copy is consistent. */
export async function readLibrary(database: AppDB = db()): Promise<LibraryTables> {
  return database.transaction('r', allTables(database), async () => {
    const [briefs, annotations, recommendations, books, settings, images] = await Promise.all([
      database.briefs.toArray().then((records) => withBodies(database, records)),
      database.annotations.toArray(),
      database.recommendations.toArray(),
      database.books.toArray(),
      database.settings.toArray(),
      database.images.toArray(),
    ]);
    return { briefs, annotations, recommendations, books, settings, images: images.map(toBackupImage) };
  });
}

export interface BackupStamp {
  appVersion: string;
  now?: number;
  /** Seals the file with this passphrase (data/crypto/sealed-file.ts). */
  passphrase?: string;
  /** Without a passphrase, a protected library is written only when the user chose plain text. */
  plainTextChosen?: boolean;
  /** Argon2id parameters for tests; the app always uses the default. */
  kdf?: Omit<KdfParams, 'salt'>;
}

function refuseUnchosenPlainText(database: AppDB, stamp: BackupStamp): void {
  if (stamp.passphrase !== undefined) {
    if ([...stamp.passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
      throw new BackupError('short-passphrase', `A backup’s passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    }
    return;
  }
  if (database.vault.protectedLibrary && stamp.plainTextChosen !== true) {
    throw new BackupError('protected-library', 'This library is protected: a backup of it is sealed with a passphrase unless plain text is chosen explicitly.');
  }
}

/** The packed file, sealed when the stamp carries a passphrase. */
const sealed = (bytes: Uint8Array, stamp: BackupStamp): Promise<Uint8Array> =>
  stamp.passphrase === undefined ? Promise.resolve(bytes) : sealFile(bytes, stamp.passphrase, stamp.kdf);

/** The whole library as .chancery bytes. */
export async function createLibraryBackup(stamp: BackupStamp, database: AppDB = db()): Promise<Uint8Array> {
  const { appVersion, now = Date.now() } = stamp;
  await database.open();
  refuseUnchosenPlainText(database, stamp);
  const tables = await readLibrary(database);
  return sealed(await packBackup(tables, { kind: 'library', appVersion, createdAt: now, bookId: null }), stamp);
}

/** One briefing book with its briefs, their annotations and checklist items, as .chancery bytes. */
export async function createBookPackage(bookId: string, stamp: BackupStamp, database: AppDB = db()): Promise<Uint8Array> {
  const { appVersion, now = Date.now() } = stamp;
  await database.open();
  refuseUnchosenPlainText(database, stamp);
  const tables = await database.transaction('r', allTables(database), async () => {
    const book = await database.books.get(bookId);
    if (!book) throw new BackupError('missing-file', 'This book is no longer in the library.');
    const briefIds = bookBriefIds(book);
    const [briefs, annotations, items, images] = await Promise.all([
      briefsAt(database, briefIds),
      database.annotations.where('briefId').anyOf(briefIds).toArray(),
      database.recommendations.where('briefIds').anyOf(briefIds).toArray(),
      database.images.where('briefId').anyOf(briefIds).toArray(),
    ]);
    return bookPackageTables(book, briefs, annotations, items, images.map(toBackupImage));
  });
  return sealed(await packBackup(tables, { kind: 'book', appVersion, createdAt: now, bookId }), stamp);
}

function replaceReport(tables: LibraryTables): MergeReport {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, { added: tables[t].length, updated: 0, kept: 0 }])) as MergeReport;
}

/**
 * Restores checked contents (from readBackup) in ONE transaction. 'replace' swaps the whole
 * library for the backup; 'merge' adds what is missing and takes newer versions by updatedAt,
 * except that a brief edited here keeps its text and the file's version is added as a copy.
 */
export async function restoreBackup(contents: BackupContents, mode: RestoreMode, naming: RestoreNaming, database: AppDB = db()): Promise<RestoreResult> {
  if (mode === 'replace' && contents.manifest.kind === 'book') {
    throw new BackupError('bad-manifest', 'A shared book can only be merged into the library, not replace it.');
  }
  const { tables } = contents;
  return database.transaction('rw', allTables(database), async () => {
    if (mode === 'replace') {
      await database.bodies.clear();
      for (const table of BACKUP_TABLES) {
        await tableOf(database, table).clear();
        if (table === 'briefs') await putBriefs(database, tables.briefs);
        else if (table === 'images') await database.images.bulkAdd(tables.images.map(fromBackupImage));
        else await tableOf(database, table).bulkAdd(tables[table]);
      }
      return { mode, report: replaceReport(tables), copies: [], dropped: contents.dropped };
    }
    const existing = {} as { [T in BackupTable]: (LibraryTables[T][number] | undefined)[] };
    for (const table of BACKUP_TABLES) {
      const keys = (tables[table] as LibraryTables[BackupTable]).map((r) => recordKey(table, r));
      (existing as Record<BackupTable, unknown>)[table] = table === 'briefs' ? await briefsAt(database, keys) : await tableOf(database, table).bulkGet(keys);
    }
    const copyIds = tables.briefs.map(copyIdFor);
    const foundCopies = await database.briefs.bulkGet(copyIds);
    const existingCopyIds = new Set(copyIds.filter((_, i) => foundCopies[i] !== undefined));
    const plan = planMerge(existing, tables, { ...naming, existingCopyIds });
    for (const table of BACKUP_TABLES) {
      if (table === 'briefs') await putBriefs(database, plan.writes.briefs);
      else if (table === 'images') await database.images.bulkPut(plan.writes.images.map(fromBackupImage));
      else await tableOf(database, table).bulkPut(plan.writes[table]);
    }
    return { mode, report: plan.report, copies: plan.copies, dropped: contents.dropped };
  });
}
