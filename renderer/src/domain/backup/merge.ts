// Merging a backup or book package into a library: records are matched by id and the one
// edited last (newest updatedAt) wins. Settings carry no time, so the library's own win.
// One exception keeps the user's work: a brief the user edited here is never overwritten by a
// different text from a file; the file's version is added beside it as a copy (see briefCopies).
import type { Annotation, Brief } from '../types.js';
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

/** A brief edited here that a file had another version of: both are kept, side by side. */
export interface BriefCopy {
  /** The library's brief, left as it was. */
  id: string;
  title: string;
  /** The file's version, added as a brief of its own. */
  copyId: string;
  copyTitle: string;
}

export interface MergePlan {
  /** The records to write (added and updated ones, and copies). */
  writes: LibraryTables;
  report: MergeReport;
  copies: BriefCopy[];
}

export interface MergeOptions {
  /** The title a copy gets, saying whose version it is (the UI words it in the user's language). */
  copyTitle: (title: string) => string;
  /** Copies already in the library (by copyIdFor), from an earlier merge of the same file. */
  existingCopyIds: ReadonlySet<string>;
}

/** The id of the copy of an incoming brief: the same file merged twice yields the same copy. */
export const copyIdFor = (brief: Pick<Brief, 'id' | 'updatedAt'>): string => `${brief.id.slice(0, 180)}~${brief.updatedAt.toString(36)}`;

/** Edited since it came into this library (an import or a merge sets both times equal). */
const editedHere = (brief: Brief): boolean => brief.updatedAt > brief.importedAt;

const sameText = (a: Brief, b: Brief): boolean =>
  a.markdown === b.markdown && a.title === b.title && a.subtitle === b.subtitle && a.byline === b.byline && a.tags.join('\n') === b.tags.join('\n');

/** Incoming briefs that would overwrite a text the user edited here. */
export function conflictingBriefs(existing: readonly (Brief | undefined)[], incoming: readonly Brief[]): Set<string> {
  const ids = new Set<string>();
  incoming.forEach((theirs, i) => {
    const ours = existing[i];
    if (ours && editedHere(ours) && theirs.updatedAt > ours.updatedAt && !sameText(ours, theirs)) ids.add(theirs.id);
  });
  return ids;
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
  options: MergeOptions,
): MergePlan {
  const conflicts = conflictingBriefs(existing.briefs, incoming.briefs);
  const writes = {} as LibraryTables;
  const report = {} as MergeReport;
  for (const table of BACKUP_TABLES) {
    // The file's version of a conflicting brief, and its annotations, go to the copy only.
    const apart = (r: object) => (table === 'briefs' && conflicts.has((r as Brief).id)) || (table === 'annotations' && conflicts.has((r as Annotation).briefId));
    const keep = incoming[table].map((r: object) => !apart(r));
    const result = mergeTable(
      table,
      existing[table].filter((_, i) => keep[i]) as LibraryTables[typeof table],
      incoming[table].filter((_: unknown, i: number) => keep[i]) as LibraryTables[typeof table],
    );
    (writes as Record<BackupTable, unknown>)[table] = result.writes;
    report[table] = result.report;
  }
  const copies = briefCopies(existing.briefs, incoming, conflicts, options);
  for (const copy of copies.briefs) {
    if (options.existingCopyIds.has(copy.id)) report.briefs.kept++;
    else {
      report.briefs.added++;
      writes.briefs.push(copy);
      const notes = copies.annotations.filter((a) => a.briefId === copy.id);
      writes.annotations.push(...notes);
      report.annotations.added += notes.length;
    }
  }
  return { writes, report, copies: copies.list };
}

function briefCopies(
  existing: readonly (Brief | undefined)[],
  incoming: LibraryTables,
  conflicts: ReadonlySet<string>,
  { copyTitle }: MergeOptions,
): { briefs: Brief[]; annotations: Annotation[]; list: BriefCopy[] } {
  const briefs: Brief[] = [];
  const list: BriefCopy[] = [];
  const copyIds = new Map<string, string>();
  incoming.briefs.forEach((theirs, i) => {
    const ours = existing[i];
    if (!ours || !conflicts.has(theirs.id)) return;
    const copy: Brief = { ...theirs, id: copyIdFor(theirs), title: copyTitle(theirs.title).slice(0, 10_000) };
    copyIds.set(theirs.id, copy.id);
    briefs.push(copy);
    list.push({ id: ours.id, title: ours.title, copyId: copy.id, copyTitle: copy.title });
  });
  const annotations = incoming.annotations.flatMap((a) => {
    const briefId = copyIds.get(a.briefId);
    return briefId ? [{ ...a, id: `${a.id.slice(0, 180)}~${briefId.split('~').pop() ?? ''}`, briefId }] : [];
  });
  return { briefs, annotations, list };
}

export const emptyTables = (): LibraryTables => ({ briefs: [], annotations: [], recommendations: [], books: [], settings: [], images: [] });
