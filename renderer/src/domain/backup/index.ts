// The .chancery format: manifest, per-table schemas and checksums, and merge-by-id.
export { BACKUP_SCHEMA_VERSION, BackupError, MAX_UNPACKED_BYTES, packBackup, readBackup } from './archive.js';
export type { BackupContents, BackupErrorCode, BackupMeta } from './archive.js';
export { BACKUP_FORMAT, MANIFEST_FILE, manifestSchema, tableFile } from './manifest.js';
export type { Manifest } from './manifest.js';
export { BACKUP_TABLES, TABLE_SCHEMAS, recordKey } from './records.js';
export type { BackupTable, LibraryTables } from './records.js';
export { emptyTables, mergeTable, planMerge } from './merge.js';
export type { MergePlan, MergeReport, TableMergeReport } from './merge.js';
export { bookBriefIds, bookPackageTables } from './book-package.js';
export { sha256Hex } from './hash.js';
