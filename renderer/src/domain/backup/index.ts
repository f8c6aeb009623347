// The .chancery format: manifest, per-table schemas and checksums, and merge-by-id.
export { BACKUP_SCHEMA_VERSION, MAX_UNPACKED_BYTES, packBackup, readBackup } from './archive.js';
export type { BackupContents, BackupMeta, ReadOptions } from './archive.js';
export { BackupError } from './errors.js';
export type { BackupErrorCode } from './errors.js';
export { screenTables } from './screen.js';
export type { DropReason, DroppedRecords } from './screen.js';
export { BACKUP_FORMAT, MANIFEST_FILE, manifestSchema, tableFile } from './manifest.js';
export type { Manifest } from './manifest.js';
export { BACKUP_TABLES, TABLE_SCHEMAS, recordKey } from './records.js';
export type { BackupTable, LibraryTables } from './records.js';
export { conflictingBriefs, copyIdFor, emptyTables, mergeTable, planMerge } from './merge.js';
export type { BriefCopy, MergeOptions, MergePlan, MergeReport, TableMergeReport } from './merge.js';
export { bookBriefIds, bookPackageTables } from './book-package.js';
export { sha256Hex } from './hash.js';
