// Opening a .chancery file that was sealed with a passphrase, before the archive is checked:
// a wrong passphrase, a damaged envelope or one too large is refused as a BackupError, so
// every caller reports it as any other refused file, with nothing changed.
import { BackupError, MAX_UNPACKED_BYTES } from '../domain/backup/index.js';
import { PassphraseError } from './crypto/keyring.js';
import { isSealedFile, openSealedFile, SealedFileError } from './crypto/sealed-file.js';

export { isSealedFile };

/** The archive inside `bytes`: the bytes themselves when not sealed, else opened with `passphrase`. */
export async function unsealBackup(bytes: Uint8Array, passphrase: string | null): Promise<Uint8Array> {
  if (!isSealedFile(bytes)) return bytes;
  if (passphrase === null) throw new BackupError('passphrase-needed', 'This file is encrypted: its passphrase is needed to open it.');
  try {
    return await openSealedFile(bytes, passphrase, MAX_UNPACKED_BYTES);
  } catch (error) {
    if (error instanceof PassphraseError) throw new BackupError('wrong-passphrase', 'The passphrase does not open this file.');
    if (error instanceof SealedFileError) throw new BackupError(error.code === 'too-large' ? 'too-large' : 'bad-envelope', error.message);
    throw error;
  }
}
