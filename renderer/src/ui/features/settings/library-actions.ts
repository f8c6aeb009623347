// What the Settings view, the menu and the app shell do with backups, book packages and
// snapshots: produce the bytes, hand them to the platform, check and restore incoming files.
import type { RestoreMode, RestoreResult } from '../../../data/backup.js';
import { BackupError, MAX_UNPACKED_BYTES } from '../../../domain/backup/index.js';
import { BACKUP_CHECK_TIME_LIMIT_MS, BackupCheckError, checkBackupInWorker, packInWorker, type CheckedBackup } from '../../../workflows/backup-check.js';
import { isSealedFile } from '../../../data/sealed-backup.js';
import type { SealChoice } from '../../components/passphrase-dialog.js';
import { platform } from '../../../platform/index.js';
import type { SavedFile } from '../../../platform/platform.js';
import type { Result } from '../../../../../main/common/result.js';
import { initPreferences } from '../../app/preferences.js';
import { t } from '../../i18n/index.js';

export const BACKUP_EXTENSION = '.chancery';
const MIME = 'application/x-chancery';
/** How often the app asks the main process whether a snapshot is due. */
const SNAPSHOT_CHECK_MS = 60 * 60 * 1000;

export const isChanceryFile = (name: string): boolean => name.toLowerCase().endsWith(BACKUP_EXTENSION);

async function appVersion(): Promise<string> {
  const info = await platform().appInfo();
  return info.ok ? info.value.version : 'unknown';
}

const today = (): string => new Date().toISOString().slice(0, 10);
const fileSafe = (text: string): string => text.replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Book';

const packSeal = (choice: SealChoice) => ('passphrase' in choice ? choice : { plainText: 'chosen' as const });

/** The library written to a file the user names, sealed or in plain text as they chose. */
export async function backUpLibrary(choice: SealChoice): Promise<Result<SavedFile | null>> {
  const bytes = await packInWorker(await appVersion(), null, packSeal(choice));
  return platform().saveFile(`Chancery backup ${today()}${BACKUP_EXTENSION}`, bytes, MIME);
}

export async function exportBookPackage(bookId: string, title: string, choice: SealChoice): Promise<Result<SavedFile | null>> {
  const bytes = await packInWorker(await appVersion(), bookId, packSeal(choice));
  return platform().saveFile(`${fileSafe(title)}${BACKUP_EXTENSION}`, bytes, MIME);
}

/**
 * A checked file, ready to restore; an encrypted one waiting for its passphrase (`wrong` after a
 * wrong one); or the reason it was refused. Nothing was changed in the last two.
 */
export type CheckedFile =
  | { ok: true; name: string; backup: CheckedBackup }
  | { ok: false; name: string; reason: string }
  | { ok: 'locked'; name: string; bytes: Uint8Array; wrong: boolean };

/** Why a file was refused, in the user's language where the reason is one they can act on. */
// Both figures are below 1,000, so they need no locale's grouping (and no Intl formatter, whose
// first use costs the window a long pause).
function refusal(name: string, error: unknown): string {
  if (error instanceof BackupError && error.code === 'too-large') return t('restore.tooLarge', { name, limit: `${MAX_UNPACKED_BYTES / (1024 * 1024)} MB` });
  if (error instanceof BackupCheckError && error.code === 'timeout') return t('restore.tooSlow', { name, seconds: BACKUP_CHECK_TIME_LIMIT_MS / 1000 });
  return error instanceof Error ? error.message : String(error);
}

/** Unpacks and checks the file in a worker (see backup-check.ts); `onProgress` hears fractions read. */
export async function checkBackupFile(name: string, bytes: Uint8Array, onProgress?: (fraction: number) => void, passphrase: string | null = null): Promise<CheckedFile> {
  const sealed = isSealedFile(bytes);
  if (sealed && passphrase === null) return { ok: 'locked', name, bytes, wrong: false };
  try {
    // The worker takes the bytes it is handed; an encrypted file's are kept to ask again after a wrong passphrase.
    return { ok: true, name, backup: await checkBackupInWorker(sealed ? bytes.slice() : bytes, { onProgress, passphrase }) };
  } catch (error) {
    if (error instanceof BackupError && error.code === 'wrong-passphrase') return { ok: 'locked', name, bytes, wrong: true };
    return { ok: false, name, reason: refusal(name, error) };
  }
}

export async function restoreChecked({ name, backup }: { name: string; backup: CheckedBackup }, mode: RestoreMode): Promise<RestoreResult> {
  const result = await backup.restore(mode, (title) => t('restore.copyTitle', { title, name }));
  await initPreferences(); // restored settings take effect at once
  return result;
}

let pending: Promise<CheckedFile> | null = null;
const pendingListeners = new Set<() => void>();

/** A .chancery file opened, dropped or chosen elsewhere: Settings offers to restore or merge it. */
export function offerRestore(name: string, bytes: Uint8Array): void {
  pending = checkBackupFile(name, bytes);
  pendingListeners.forEach((l) => l());
}

/** Takes the file waiting to be restored, if any; `listener` hears about later ones. */
export function takePendingRestore(listener: () => void): { file: Promise<CheckedFile> | null; stop: () => void } {
  const file = pending;
  pending = null;
  pendingListeners.add(listener);
  return { file, stop: () => pendingListeners.delete(listener) };
}

/** Desktop only: a snapshot on start and whenever the main process says one is due. */
export function startSnapshotSchedule(onError: (message: string) => void): () => void {
  const store = platform().snapshots;
  if (!store) return () => undefined;
  let running = false;
  const check = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const list = await store.list();
      if (!list.ok) return onError(list.error.message);
      if (!list.value.due) return;
      // A protected library's snapshot would be plain text on disk, and there is no passphrase to seal it with: none is taken.
      const bytes = await packInWorker(await appVersion(), null, { plainText: 'unless-protected' }).catch((error: unknown) => {
        if (error instanceof BackupError && error.code === 'protected-library') return null;
        throw error;
      });
      if (!bytes) return;
      const saved = await store.save(bytes);
      if (!saved.ok) onError(saved.error.message);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), SNAPSHOT_CHECK_MS);
  return () => clearInterval(timer);
}
