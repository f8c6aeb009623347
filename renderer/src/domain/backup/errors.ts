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
  | 'protected-library';

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
