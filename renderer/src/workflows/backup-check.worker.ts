// Unzips, parses and checks one .chancery file off the main thread, then restores it from here
// when asked: a large or hostile file keeps this worker busy, never the window. The checked
// records never cross to the main thread; the database tells the window's live queries itself.
import { createBookPackage, createLibraryBackup, restoreBackup } from '../data/backup.js';
import { unsealBackup } from '../data/sealed-backup.js';
import { adoptDataKey } from '../data/library-protection.js';
import { BackupError, readBackup, type BackupContents } from '../domain/backup/index.js';
import { TITLE_SLOT, type FromBackupWorker, type ToBackupWorker } from './backup-check-protocol.js';

interface WorkerScope {
  postMessage(message: FromBackupWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToBackupWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

let checked: BackupContents | null = null;

const refused = (error: unknown): FromBackupWorker =>
  error instanceof BackupError
    ? { kind: 'refused', code: error.code, message: error.message }
    : { kind: 'refused', code: 'internal', message: error instanceof Error ? error.message : String(error) };

async function answer(request: ToBackupWorker): Promise<FromBackupWorker> {
  // This worker's own database handle reads and writes a protected library with the window's key.
  if (request.kind !== 'check') adoptDataKey(request.key);
  if (request.kind === 'pack') {
    const { appVersion, passphrase, plainTextChosen } = request;
    const stamp = passphrase === null ? { appVersion, plainTextChosen } : { appVersion, passphrase };
    const bytes = request.bookId === null ? await createLibraryBackup(stamp) : await createBookPackage(request.bookId, stamp);
    return { kind: 'packed', bytes };
  }
  if (request.kind === 'check') {
    checked = await readBackup(await unsealBackup(request.bytes, request.passphrase), { onProgress: (fraction) => scope.postMessage({ kind: 'progress', fraction }) });
    const { manifest, tables, dropped } = checked;
    return { kind: 'checked', summary: { manifest, bookTitle: manifest.kind === 'book' ? (tables.books[0]?.title ?? '') : null, dropped } };
  }
  if (!checked) throw new Error('there is no checked file to restore');
  const template = request.copyTitle;
  const result = await restoreBackup(checked, request.mode, { copyTitle: (title) => template.split(TITLE_SLOT).join(title) });
  return { kind: 'restored', result };
}

scope.addEventListener('message', (e) => {
  answer(e.data).then(
    (message) => (message.kind === 'packed' ? scope.postMessage(message, [message.bytes.buffer]) : scope.postMessage(message)),
    (error: unknown) => scope.postMessage(refused(error)),
  );
});
