// The stored search index and its journal, for the search worker: read back at start-up, saved in
// one transaction with the journal trimmed behind it, and what it takes to tell a stale one.
import type { AppDB, StoredIndexPart } from './db.js';
import type { JournalEntry } from './journal/search-journal.js';
import { KEYRING_ID } from './protection/keyring-record.js';

export type { StoredIndexPart };

/** Records in the tables the index is made from: writes that bypass the journal change them. */
export interface SourceCounts {
  briefs: number;
  annotations: number;
  recommendations: number;
}

/** The library as the index last saw it: its counts, and the journal's last change at that moment. */
export interface SourceState {
  counts: SourceCounts;
  lastSeq: number;
}

const lastSeq = async (database: AppDB): Promise<number> => ((await database.searchJournal.orderBy('seq').lastKey()) as number | undefined) ?? 0;

export function readSourceState(database: AppDB): Promise<SourceState> {
  return database.transaction('r', [database.briefs, database.annotations, database.recommendations, database.searchJournal], async () => {
    const [briefs, annotations, recommendations, seq] = await Promise.all([database.briefs.count(), database.annotations.count(), database.recommendations.count(), lastSeq(database)]);
    return { counts: { briefs, annotations, recommendations }, lastSeq: seq };
  });
}

/** Every stored part of the index; none when no index was saved. */
export function readStoredIndex(database: AppDB): Promise<StoredIndexPart[]> {
  return database.searchIndex.toArray();
}

/** Changes noted after `after`, oldest first. */
export function readJournal(database: AppDB, after: number): Promise<JournalEntry[]> {
  return database.searchJournal.where('seq').above(after).toArray();
}

/** Forgets the changes up to `upTo` (an index held in memory only has taken them in). */
export async function trimJournal(database: AppDB, upTo: number): Promise<void> {
  await database.searchJournal.where('seq').belowOrEqual(upTo).delete();
}

/**
 * Replaces the stored index with `parts` and trims the journal up to `upTo`, the last change they
 * hold. Saves nothing, and says so, when the library changed since `state` was read (its counts
 * would not be those of the saved index) or when it is protected (its index stays in memory).
 */
export function saveIndex(database: AppDB, parts: StoredIndexPart[], upTo: number, state: SourceState): Promise<boolean> {
  return database.transaction('rw', [database.searchIndex, database.searchJournal, database.keyring], async () => {
    if ((await database.keyring.get(KEYRING_ID)) !== undefined) return false;
    if ((await lastSeq(database)) !== state.lastSeq) return false;
    await database.searchIndex.clear();
    await database.searchIndex.bulkPut(parts);
    await trimJournal(database, upTo);
    return true;
  });
}

/** Drops the stored index (it is derived): protection turned on must leave no plain copy of it. */
export async function dropStoredIndex(database: AppDB): Promise<void> {
  await database.searchIndex.clear();
}
