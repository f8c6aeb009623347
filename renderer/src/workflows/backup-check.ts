// Checks a .chancery file in a worker of its own under a time limit, so neither a huge library
// nor a hostile archive can freeze the window; a late check is stopped by ending the worker.
// The same worker then restores the file if the user chooses to, so its records never have to
// be copied into the window (which would stall it for a large library).
import { BackupError, type BackupErrorCode } from '../domain/backup/index.js';
import type { RestoreMode, RestoreResult } from '../data/backup.js';
import { currentDataKey } from '../data/library-protection.js';
import { TITLE_SLOT, type BackupSummary, type FromBackupWorker, type ToBackupWorker } from './backup-check-protocol.js';

export type { BackupSummary };

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
  /** Opens a sealed (encrypted) file; without it such a file is refused as 'passphrase-needed'. */
  passphrase?: string | null;
}

/** A checked file waiting in its worker for the user's choice. */
export interface CheckedBackup {
  summary: BackupSummary;
  /** Restores the file; `copyTitle` names a kept copy, e.g. (title) => `${title} (theirs)`. Ends the worker. */
  restore(mode: RestoreMode, copyTitle: (title: string) => string): Promise<RestoreResult>;
  /** Ends the worker without restoring (the user cancelled or chose another file). */
  dispose(): void;
}

const asError = (message: Extract<FromBackupWorker, { kind: 'refused' }>): Error =>
  message.code === 'internal' ? new BackupCheckError('internal', message.message) : new BackupError(message.code, message.message);

/** The error for an answer that is not the one asked for: a refusal, or one out of turn. */
const unexpected = (answer: FromBackupWorker): Error =>
  answer.kind === 'refused' ? asError(answer) : new BackupCheckError('internal', 'the backup worker answered out of turn');

/** A backup worker that answers one request at a time; a worker that fails answers as a refusal. */
function startBackupWorker(name: string, onProgress?: (fraction: number) => void) {
  const worker = new Worker(new URL('./backup-check.worker.ts', import.meta.url), { type: 'module', name });
  let settle: ((message: FromBackupWorker) => void) | null = null;
  worker.addEventListener('message', (e: MessageEvent<FromBackupWorker>) => {
    if (e.data.kind === 'progress') onProgress?.(e.data.fraction);
    else settle?.(e.data);
  });
  worker.addEventListener('error', (e) => settle?.({ kind: 'refused', code: 'internal', message: e.message || 'the backup worker stopped unexpectedly' }));
  const ask = (request: ToBackupWorker, transfer: Transferable[] = []): Promise<FromBackupWorker> =>
    new Promise((resolve) => {
      settle = resolve;
      worker.postMessage(request, transfer);
    });
  return { ask, end: () => worker.terminate() };
}

/** The checked summary of `bytes` with a way to restore it, or an error saying why it was refused. */
export function checkBackupInWorker(bytes: Uint8Array, { onProgress, timeoutMs = BACKUP_CHECK_TIME_LIMIT_MS, passphrase = null }: CheckOptions = {}): Promise<CheckedBackup> {
  const { ask, end } = startBackupWorker('backup-check', onProgress);

  const restore = async (mode: RestoreMode, copyTitle: (title: string) => string): Promise<RestoreResult> => {
    try {
      const answer = await ask({ kind: 'restore', mode, copyTitle: copyTitle(TITLE_SLOT), key: currentDataKey() });
      if (answer.kind === 'restored') return answer.result;
      throw unexpected(answer);
    } finally {
      end();
    }
  };

  return new Promise<CheckedBackup>((resolve, reject) => {
    const timer = setTimeout(() => {
      end();
      reject(new BackupCheckError('timeout', `Checking the file took longer than ${Math.round(timeoutMs / 1000)} seconds; it was stopped.`));
    }, timeoutMs);
    ask({ kind: 'check', bytes, passphrase }, [bytes.buffer]).then((answer) => {
      clearTimeout(timer);
      if (answer.kind === 'checked') return resolve({ summary: answer.summary, restore, dispose: end });
      end();
      reject(unexpected(answer));
    });
  });
}

/** How a packed file is written: sealed with a passphrase, plain as the user chose, or (snapshots) plain unless the library is protected. */
export type PackSeal = { passphrase: string } | { plainText: 'chosen' | 'unless-protected' };

/**
 * Packs the library (or one book, by id) into .chancery bytes in the backup worker: serialising,
 * zipping and encrypting a large library takes seconds that the window must not spend frozen.
 */
export async function packInWorker(appVersion: string, bookId: string | null, seal: PackSeal): Promise<Uint8Array> {
  const { ask, end } = startBackupWorker('backup-pack');
  try {
    const passphrase = 'passphrase' in seal ? seal.passphrase : null;
    const answer = await ask({ kind: 'pack', appVersion, bookId, passphrase, plainTextChosen: 'plainText' in seal && seal.plainText === 'chosen', key: currentDataKey() });
    if (answer.kind === 'packed') return answer.bytes;
    throw unexpected(answer);
  } finally {
    end();
  }
}
