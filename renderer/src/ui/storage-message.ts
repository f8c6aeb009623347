// What a user reads when a write fails: a storage problem (disk full, library closed…) in the
// same clear words everywhere, anything else in the error's own words.
import { describeStorageError } from '../data/storage-errors.js';
import { t } from './i18n/index.js';

export function failureMessage(error: unknown): string {
  const storage = describeStorageError(error);
  if (storage) return t(`storage.${storage.kind}`);
  return error instanceof Error ? error.message : String(error);
}
