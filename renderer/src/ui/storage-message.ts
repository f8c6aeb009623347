// What a user reads when a write fails: a storage problem (disk full, library closed…) in the
// same clear words everywhere, anything else in the error's own words.
import { describeStorageError } from '../data/storage-errors.js';
import { t } from './i18n/index.js';
import { emit } from './events.js';

export function failureMessage(error: unknown): string {
  const storage = describeStorageError(error);
  if (storage) return t(`storage.${storage.kind}`);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one write from a view; a failure is told in those words (an error toast) instead of
 * escaping as an unhandled rejection. The field or dialog that asked keeps what was typed.
 */
export async function writeOrTell(from: EventTarget, write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    emit(from, 'cy-toast', { kind: 'error', message: failureMessage(error) });
    return false;
  }
}
