// The one keyring record of a protected library: the wrapped data key with its Argon2id
// parameters, and where a conversion (turning protection on or off) stands, so a conversion cut
// short by a crash resumes at its last finished batch.
import type { IndexableType } from 'dexie';
import { checkWrappedKey, KeyringError, type WrappedKey } from '../crypto/keyring.js';

export const KEYRING_ID = 'library';

/** 'encrypting' and 'decrypting' while a conversion is unfinished; 'protected' once every record is sealed. */
export type ProtectionState = 'encrypting' | 'protected' | 'decrypting';
const STATES: readonly ProtectionState[] = ['encrypting', 'protected', 'decrypting'];

/** The table a conversion is in and the last primary key it finished there (null: none yet). */
export interface ConversionProgress {
  table: string;
  after: IndexableType | null;
}

export interface KeyringRecord extends WrappedKey {
  id: typeof KEYRING_ID;
  format: 1;
  state: ProtectionState;
  progress: ConversionProgress | null;
}

/** The keyring as read from disk, checked; KeyringError when it is not one this version can use. */
export function checkKeyring(value: unknown): KeyringRecord {
  const ring = value as Partial<KeyringRecord> | null;
  checkWrappedKey(ring);
  const progress = ring?.progress;
  const progressOk = progress === null || (typeof progress === 'object' && typeof progress?.table === 'string' && progress.after !== undefined);
  if (ring?.id !== KEYRING_ID || ring.format !== 1 || !STATES.includes(ring.state as ProtectionState) || !progressOk) {
    throw new KeyringError('The library’s keyring is damaged or of an unknown kind.');
  }
  return ring as KeyringRecord;
}
