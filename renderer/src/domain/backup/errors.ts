// Why a .chancery file is refused, as a code the UI can translate and a sentence for logs and the CLI.
export type BackupErrorCode =
  | 'not-a-zip'
  | 'unexpected-file'
  | 'too-large'
  | 'missing-file'
  | 'bad-json'
  | 'bad-manifest'
  | 'newer-schema'
  | 'hash-mismatch'
  | 'count-mismatch'
  | 'invalid-record'
  | 'duplicate-id'
  | 'protected-library'
  /** The file is encrypted (sealed with a passphrase) and none was given. */
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'short-passphrase'
  /** The encrypted file's envelope is damaged, altered or of an unknown kind. */
  | 'bad-envelope';

/** Why a file cannot be restored, in words a user can act on. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
