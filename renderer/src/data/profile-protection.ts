// The open library's protection, for callers that hold no database handle (the headless page):
// its state, unlocking with a passphrase (a wrong one is an answer, not a failure), and turning
// protection on.
import { PassphraseError } from './crypto/keyring.js';
import { db } from './db.js';
import { libraryProtection, type ProtectionStatus } from './library-protection.js';

export const protectionStatus = (): Promise<ProtectionStatus> => libraryProtection(db()).status();

/** 'wrong' when the passphrase is not the library's; nothing is changed then. */
export async function unlockLibrary(passphrase: string): Promise<'unlocked' | 'wrong'> {
  try {
    await libraryProtection(db()).unlock(passphrase);
    return 'unlocked';
  } catch (error) {
    if (error instanceof PassphraseError) return 'wrong';
    throw error;
  }
}

/** Turns protection on for the open library: a new data key under `passphrase`, then every record sealed. */
export const protectLibrary = (passphrase: string): Promise<void> => libraryProtection(db()).protect(passphrase);
