// Messages between the main thread and the worker that unpacks and checks a .chancery file.
import type { BackupContents, BackupErrorCode } from '../domain/backup/index.js';

export type ToBackupWorker = { bytes: Uint8Array };
export type FromBackupWorker =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; contents: BackupContents }
  | { kind: 'refused'; code: BackupErrorCode | 'internal'; message: string };
