// Checks a .chancery file in a worker of its own under a time limit, so neither a huge library
// nor a hostile archive can freeze the window; a late check is stopped by ending the worker.
import { BackupError, type BackupContents, type BackupErrorCode } from '../domain/backup/index.js';
import type { FromBackupWorker, ToBackupWorker } from './backup-check-protocol.js';

/** Generous for a real library on a slow machine; a file that takes longer is not restored. */
export const BACKUP_CHECK_TIME_LIMIT_MS = 120_000;

export class BackupCheckError extends Error {
  constructor(
    readonly code: BackupErrorCode | 'internal' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'BackupCheckError';
  }
}

export interface CheckOptions {
  onProgress?: (fraction: number) => void;
  timeoutMs?: number;
}

/** The checked contents of `bytes`, or a BackupCheckError saying why the file was refused. */
export function checkBackupInWorker(bytes: Uint8Array, { onProgress, timeoutMs = BACKUP_CHECK_TIME_LIMIT_MS }: CheckOptions = {}): Promise<BackupContents> {
  const worker = new Worker(new URL('./backup-check.worker.ts', import.meta.url), { type: 'module', name: 'backup-check' });
  return new Promise<BackupContents>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      settle();
    };
    const timer = setTimeout(
      () => finish(() => reject(new BackupCheckError('timeout', `Checking the file took longer than ${Math.round(timeoutMs / 1000)} seconds; it was stopped.`))),
      timeoutMs,
    );
    worker.addEventListener('message', (e: MessageEvent<FromBackupWorker>) => {
      const message = e.data;
      if (message.kind === 'progress') onProgress?.(message.fraction);
      else if (message.kind === 'done') finish(() => resolve(message.contents));
      else finish(() => reject(message.code === 'internal' ? new BackupCheckError('internal', message.message) : new BackupError(message.code, message.message)));
    });
    worker.addEventListener('error', (e) => finish(() => reject(new BackupCheckError('internal', e.message || 'the backup check stopped unexpectedly'))));
    const request: ToBackupWorker = { bytes };
    worker.postMessage(request, [bytes.buffer]);
  });
}
