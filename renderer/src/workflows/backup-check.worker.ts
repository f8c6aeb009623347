// Unzips, parses and checks one .chancery file off the main thread: a large or hostile file
// (a zip bomb) keeps this worker busy, never the window. The main thread owns the time limit.
import { BackupError, readBackup } from '../domain/backup/index.js';
import type { FromBackupWorker, ToBackupWorker } from './backup-check-protocol.js';

interface WorkerScope {
  postMessage(message: FromBackupWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToBackupWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (e) => {
  readBackup(e.data.bytes, { onProgress: (fraction) => scope.postMessage({ kind: 'progress', fraction }) }).then(
    (contents) => scope.postMessage({ kind: 'done', contents }),
    (error: unknown) =>
      scope.postMessage(
        error instanceof BackupError
          ? { kind: 'refused', code: error.code, message: error.message }
          : { kind: 'refused', code: 'internal', message: error instanceof Error ? error.message : String(error) },
      ),
  );
});
