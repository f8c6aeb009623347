// Messages between the main thread and the worker that checks a .chancery file and, when the
// user chooses to, restores it; or packs the library (or a book) into one. The records stay in
// the worker: only summaries and the finished file cross.
import type { BackupErrorCode, DroppedRecords, Manifest } from '../domain/backup/index.js';
import type { RestoreMode, RestoreResult } from '../data/backup.js';

/** What the user is shown before choosing to restore or merge. */
export interface BackupSummary {
  manifest: Manifest;
  /** The title of the book a shared book carries; null for a library backup. */
  bookTitle: string | null;
  dropped: DroppedRecords[];
}

/** In a copy's title template, where the brief's own title goes. */
export const TITLE_SLOT = '\u0000title\u0000';

export type ToBackupWorker =
  /** `passphrase` opens a sealed file (null: the file is expected to be plain). */
  | { kind: 'check'; bytes: Uint8Array; passphrase: string | null }
  /** `key`: the unlocked library's data key (CryptoKeys are cloned, never exported), null when unprotected. */
  | { kind: 'restore'; mode: RestoreMode; copyTitle: string; key: CryptoKey | null }
  /**
   * Packs the whole library (bookId null), or one book as a package to share: sealed with
   * `passphrase`, or plain when it is null, which for a protected library needs `plainTextChosen`.
   */
  | { kind: 'pack'; appVersion: string; bookId: string | null; passphrase: string | null; plainTextChosen: boolean; key: CryptoKey | null };

export type FromBackupWorker =
  | { kind: 'progress'; fraction: number }
  | { kind: 'checked'; summary: BackupSummary }
  | { kind: 'restored'; result: RestoreResult }
  | { kind: 'packed'; bytes: Uint8Array }
  | { kind: 'refused'; code: BackupErrorCode | 'internal'; message: string };
