// The one IndexedDB database. Every schema version stays declared so any old library opens;
// each upgrade delegates to a pure function in domain/migrations.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Annotation, Book, BriefBodyPiece, BriefRecord, ChecklistItem, Setting } from '../domain/types.js';
import type { BriefImage } from '../domain/images/limits.js';
import { SCHEMA_VERSION } from '../domain/schema-version.js';
import { annotationV1toV2, bookV1toV2, briefV1toV2, recommendationV1toV2 } from '../domain/migrations/v2.js';
import { briefV2toV3 } from '../domain/migrations/v3.js';
import { briefV3toV4 } from '../domain/migrations/v4.js';
import { openVault, protectionMiddleware, type Vault } from './protection/middleware.js';
import { KEYRING_ID, type KeyringRecord } from './protection/keyring-record.js';
import { searchJournalMiddleware, type JournalEntry } from './journal/search-journal.js';

export const DB_NAME = 'chancery';

export const SCHEMA_V1 = {
  briefs: 'id, updatedAt, importedAt, title, contentHash, *topics, *tags, readState, source.name, source.publishedAt',
  annotations: 'id, briefId, updatedAt',
  recommendations: 'id, *briefIds, status, topic, owner',
  books: 'id, title',
  settings: 'key',
};

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  briefs: `${SCHEMA_V1.briefs}, deletedAt`,
  recommendations: `${SCHEMA_V1.recommendations}, updatedAt`,
  books: 'id, title, updatedAt',
};

// v3 changes records only (briefs gain `revision`); the indexes are those of v2.
export const SCHEMA_V3 = SCHEMA_V2;

// v4 moves each brief's text into a table of its own, in pieces (see domain/migrations/v4.ts).
export const SCHEMA_V4 = { ...SCHEMA_V3, bodies: '[id+part]' };

// v5 adds the images that came inside imported files, each tied to one brief. No record changes.
export const SCHEMA_V5 = { ...SCHEMA_V4, images: 'id, briefId' };
/** v6: annotations may be redactions and settings may hold redaction rules; no index changes. */
export const SCHEMA_V6 = SCHEMA_V5;
// v7 adds the keyring of a protected library (its wrapped data key and conversion progress).
// No record changes; an unprotected library leaves it empty.
export const SCHEMA_V7 = { ...SCHEMA_V6, keyring: 'id' };
/** v8: books may hold tailored editions; no index changes. */
export const SCHEMA_V8 = SCHEMA_V7;

// v9 stores the search index (derived: never in a backup) and the journal of ids written since it
// was saved (data/journal/). No record changes: an upgraded library builds its index once.
export const SCHEMA_V9 = { ...SCHEMA_V8, searchIndex: 'part', searchJournal: '++seq' };
/** v10: briefs, their paragraphs and books may carry handling levels; no index changes. */
export const SCHEMA_V10 = SCHEMA_V9;

/** One stored piece of the search index; what each holds is the search layer's business (search/index-parts.ts). */
export interface StoredIndexPart {
  part: string;
  value: unknown;
}

/** The storage schema and the backup format share one version (domain/schema-version.ts). */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSION;

export class AppDB extends Dexie {
  briefs!: EntityTable<BriefRecord, 'id'>;
  bodies!: Table<BriefBodyPiece, [string, number]>;
  images!: EntityTable<BriefImage, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  recommendations!: EntityTable<ChecklistItem, 'id'>;
  books!: EntityTable<Book, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  keyring!: EntityTable<KeyringRecord, 'id'>;
  searchIndex!: EntityTable<StoredIndexPart, 'part'>;
  searchJournal!: EntityTable<JournalEntry, 'seq'>;
  /** Whether records are sealed and with which key (data/library-protection.ts unlocks it). */
  readonly vault: Vault = openVault();

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.use(protectionMiddleware(this.vault));
    this.use(searchJournalMiddleware(() => !this.vault.protectedLibrary));
    // Before any other read or write: a library with a keyring (even a damaged one) is never
    // written in plain text; the keyring is checked when it is unlocked.
    this.on('ready', async () => {
      const ring = await this.keyring.get(KEYRING_ID);
      this.vault.protectedLibrary = ring !== undefined;
      this.vault.sealWrites = ring?.state !== 'decrypting';
    });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const now = Date.now();
        await tx.table('briefs').toCollection().modify((b, ref) => {
          ref.value = briefV1toV2(b);
        });
        await tx.table('annotations').toCollection().modify((a, ref) => {
          ref.value = annotationV1toV2(a);
        });
        await tx.table('recommendations').toCollection().modify((r, ref) => {
          ref.value = recommendationV1toV2(r, now);
        });
        await tx.table('books').toCollection().modify((b, ref) => {
          ref.value = bookV1toV2(b, now);
        });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table('briefs').toCollection().modify((b, ref) => {
          ref.value = briefV2toV3(b);
        });
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const pieces: BriefBodyPiece[] = [];
        await tx.table('briefs').toCollection().modify((b, ref) => {
          const upgraded = briefV3toV4(b);
          ref.value = upgraded.record;
          pieces.push(...upgraded.pieces);
        });
        await tx.table('bodies').bulkPut(pieces);
      });
    this.version(5).stores(SCHEMA_V5);
    // No record changes: the version is raised so an older Chancery refuses a library or backup
    // whose redactions it would not know, instead of exporting their words.
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7);
    // Again no record changes (a book without editions is the full book): an older Chancery would
    // print a book's full text where its user meant an edition, and drop editions when it saves.
    this.version(8).stores(SCHEMA_V8);
    this.version(9).stores(SCHEMA_V9);
    // No record changes either: an older Chancery would print a brief marked SBU or CUI without
    // its portion marks and banners, so it must refuse the library rather than open it.
    this.version(10).stores(SCHEMA_V10);
  }
}

let instance: AppDB | undefined;

/** The app's shared database handle, opened lazily. */
export function db(): AppDB {
  instance ??= new AppDB();
  return instance;
}
