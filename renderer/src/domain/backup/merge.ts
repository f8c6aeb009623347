// Merging a backup or book package into a library: records are matched by id and the one
// edited last (newest updatedAt) wins. Settings carry no time, so the library's own win.
import { BACKUP_TABLES, recordKey, type BackupTable, type LibraryTables } from './records.js';

export interface TableMergeReport {
  /** Records the library did not have. */
  added: number;
  /** Records the incoming file had a newer version of. */
  updated: number;
  /** Records where the library's version was as new or newer, left as they were. */
  kept: number;
}

export type MergeReport = Record<BackupTable, TableMergeReport>;

export interface MergePlan {
  /** The records to write (added and updated ones). */
  writes: LibraryTables;
  report: MergeReport;
}

const editedAt = (record: object): number | null =>
  'updatedAt' in record && typeof record.updatedAt === 'number' ? record.updatedAt : null;

export function mergeTable<T extends BackupTable>(
  table: T,
  existing: readonly (LibraryTables[T][number] | undefined)[],
  incoming: LibraryTables[T],
): { writes: LibraryTables[T]; report: TableMergeReport } {
  const writes = [] as unknown as LibraryTables[T];
  const report: TableMergeReport = { added: 0, updated: 0, kept: 0 };
  incoming.forEach((record, i) => {
    const current = existing[i];
    if (current === undefined) {
      report.added++;
      (writes as unknown[]).push(record);
      return;
    }
    if (recordKey(table, current) !== recordKey(table, record)) throw new Error('mergeTable: existing records must line up with incoming ones');
    const theirs = editedAt(record);
    const ours = editedAt(current);
    if (theirs !== null && ours !== null && theirs > ours) {
      report.updated++;
      (writes as unknown[]).push(record);
    } else {
      report.kept++;
    }
  });
  return { writes, report };
}

/**
 * Plans a merge. `existing[table][i]` is the library's record with the id of
 * `incoming[table][i]`, or undefined (the caller reads them with one bulkGet per table).
 */
export function planMerge(
  existing: { [T in BackupTable]: readonly (LibraryTables[T][number] | undefined)[] },
  incoming: LibraryTables,
): MergePlan {
  const writes = {} as LibraryTables;
  const report = {} as MergeReport;
  for (const table of BACKUP_TABLES) {
    const result = mergeTable(table, existing[table], incoming[table]);
    (writes as Record<BackupTable, unknown>)[table] = result.writes;
    report[table] = result.report;
  }
  return { writes, report };
}

export const emptyTables = (): LibraryTables => ({ briefs: [], annotations: [], recommendations: [], books: [], settings: [] });
