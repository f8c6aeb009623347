// A protected library writes a backup without a passphrase (in plain text) only when that is
// chosen (sealed backups: sealed-file.test.ts); a backup restored into a protected library is sealed like any other write.
import { describe, expect, it } from 'vitest';
import { createBookPackage, createLibraryBackup, readLibrary, restoreBackup } from '../../../renderer/src/data/backup.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { BackupError, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { fill, generateLibrary, sorted } from '../backup/library-fixture.js';
import { FAST_KDF, library, stringsIn } from './fixture.js';

const stamp = { appVersion: '0.1.0', now: 1_750_000_000_000 };
const naming = { copyTitle: (t: string) => `${t} (copy)` };

describe('backups of a protected library', () => {
  it('are refused unless plain text is chosen, and then hold the whole library', async () => {
    const database = library().open();
    const tables = generateLibrary(6);
    await fill(database, tables);
    await libraryProtection(database).protect('passphrase', { kdf: FAST_KDF });
    await expect(createLibraryBackup(stamp, database)).rejects.toMatchObject({ code: 'protected-library' });
    await expect(createBookPackage('book-0', stamp, database)).rejects.toBeInstanceOf(BackupError);

    const bytes = await createLibraryBackup({ ...stamp, plainTextChosen: true }, database);
    const target = library().open();
    await restoreBackup(await readBackup(bytes), 'replace', naming, target);
    expect(sorted(await readLibrary(target))).toEqual(sorted(await readLibrary(database)));
  });

  it('restore into a protected library seals what it writes and keeps the keyring', async () => {
    const source = library().open();
    await fill(source, generateLibrary(5));
    const bytes = await createLibraryBackup(stamp, source);

    const lib = library();
    const database = lib.open();
    await libraryProtection(database).protect('passphrase', { kdf: FAST_KDF });
    await restoreBackup(await readBackup(bytes), 'replace', naming, database);
    const raw = await lib.raw();
    expect(raw.keyring).toHaveLength(1);
    expect(stringsIn(raw).some((s) => s.includes('Fictional harbour memo'))).toBe(false);
    expect(sorted(await readLibrary(database))).toEqual(sorted(await readLibrary(source)));
  });
});
