// Encrypted backups and book packages: the sealed-file envelope round-trips, refuses a wrong
// passphrase, any altered byte (header or ciphertext) and Argon2id parameters out of bounds, and
// a sealed backup restores only with its passphrase, leaving the library unchanged otherwise.
import { describe, expect, it } from 'vitest';
import { PassphraseError } from '../../../renderer/src/data/crypto/keyring.js';
import { isSealedFile, openSealedFile, sealFile, SealedFileError } from '../../../renderer/src/data/crypto/sealed-file.js';
import { createBookPackage, createLibraryBackup, readLibrary, restoreBackup } from '../../../renderer/src/data/backup.js';
import { unsealBackup } from '../../../renderer/src/data/sealed-backup.js';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { readBackup } from '../../../renderer/src/domain/backup/index.js';
import { fill, generateLibrary, sorted } from '../backup/library-fixture.js';
import { FAST_KDF, library } from './fixture.js';

const PASS = 'correct horse battery';
const MAX = 1024 * 1024;
const plain = new TextEncoder().encode('a fictional canary: heron-quartz-1127');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hostile header is any shape
type Header = Record<string, any>;

/** The header's JSON, edited by `change`, written back with its length. */
function withHeader(sealed: Uint8Array, change: (header: Header) => void): Uint8Array {
  const length = new DataView(sealed.buffer).getUint32(16);
  const header = JSON.parse(new TextDecoder().decode(sealed.subarray(20, 20 + length))) as Header;
  change(header);
  const bytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(20 + bytes.length + sealed.length - 20 - length);
  out.set(sealed.subarray(0, 16));
  new DataView(out.buffer).setUint32(16, bytes.length);
  out.set(bytes, 20);
  out.set(sealed.subarray(20 + length), 20 + bytes.length);
  return out;
}

const contains = (haystack: Uint8Array, needle: string): boolean => Buffer.from(haystack).includes(Buffer.from(needle));

describe('the sealed-file envelope', () => {
  it('round-trips, and holds neither the plain bytes nor the passphrase', async () => {
    const sealed = await sealFile(plain, PASS, FAST_KDF);
    expect(isSealedFile(sealed)).toBe(true);
    expect(contains(sealed, 'heron-quartz')).toBe(false);
    expect(contains(sealed, PASS)).toBe(false);
    expect(await openSealedFile(sealed, PASS, MAX)).toEqual(plain);
    // A fresh key, salt and IV each time: the same bytes never seal alike.
    expect(Buffer.from(await sealFile(plain, PASS, FAST_KDF)).equals(Buffer.from(sealed))).toBe(false);
  });

  it('refuses a wrong passphrase', async () => {
    const sealed = await sealFile(plain, PASS, FAST_KDF);
    await expect(openSealedFile(sealed, 'correct horse battery!', MAX)).rejects.toBeInstanceOf(PassphraseError);
    await expect(openSealedFile(sealed, '', MAX)).rejects.toBeInstanceOf(PassphraseError);
  });

  it('refuses a changed ciphertext byte, a cut tail and a changed header field', async () => {
    const sealed = await sealFile(plain, PASS, FAST_KDF);
    const flipped = sealed.slice();
    flipped[flipped.length - 20]! ^= 1;
    await expect(openSealedFile(flipped, PASS, MAX)).rejects.toMatchObject({ code: 'damaged' });
    await expect(openSealedFile(sealed.subarray(0, sealed.length - 1), PASS, MAX)).rejects.toMatchObject({ code: 'damaged' });
    // Authenticated as associated data: a header rewritten with another (valid) IV is refused.
    const otherIv = withHeader(sealed, (h) => void (h.iv = Buffer.alloc(12, 7).toString('base64')));
    await expect(openSealedFile(otherIv, PASS, MAX)).rejects.toMatchObject({ code: 'damaged' });
  });

  it('refuses Argon2id parameters out of bounds before deriving anything', async () => {
    const sealed = await sealFile(plain, PASS, FAST_KDF);
    const cases: ((h: Header) => void)[] = [
      (h) => void (h.kdf.memoryKiB = 64 * 1024 * 1024),
      (h) => void (h.kdf.iterations = 10_000),
      (h) => void (h.kdf.parallelism = 0),
      (h) => void (h.kdf.algorithm = 'scrypt'),
      (h) => void (h.kdf.salt = 'AAAA'),
      (h) => void (h.cipher = 'AES-128-CBC'),
      (h) => void (h.version = 2),
      (h) => void (h.extra = true),
      (h) => void (h.wrappedKey = 42),
    ];
    for (const change of cases) {
      const error = await openSealedFile(withHeader(sealed, change), PASS, MAX).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SealedFileError);
      expect(error).toMatchObject({ code: 'damaged' });
    }
  });

  it('refuses a header of impossible length, a file that is not sealed, and one over the limit', async () => {
    const sealed = await sealFile(plain, PASS, FAST_KDF);
    const longHeader = sealed.slice();
    new DataView(longHeader.buffer).setUint32(16, 0xffffffff);
    await expect(openSealedFile(longHeader, PASS, MAX)).rejects.toMatchObject({ code: 'damaged' });
    await expect(openSealedFile(plain, PASS, MAX)).rejects.toMatchObject({ code: 'not-sealed' });
    await expect(openSealedFile(sealed, PASS, 4)).rejects.toMatchObject({ code: 'too-large' });
  });
});

const stamp = { appVersion: '0.1.0', now: 1_750_000_000_000, kdf: FAST_KDF };
const naming = { copyTitle: (t: string) => `${t} (copy)` };

describe('sealed backups', () => {
  it('of a protected library restore only with their passphrase; a wrong one changes nothing', async () => {
    const source = library().open();
    await fill(source, generateLibrary(4));
    await libraryProtection(source).protect('library passphrase', { kdf: FAST_KDF });
    const bytes = await createLibraryBackup({ ...stamp, passphrase: PASS }, source);
    expect(isSealedFile(bytes)).toBe(true);
    await expect(createLibraryBackup({ ...stamp, passphrase: 'short' }, source)).rejects.toMatchObject({ code: 'short-passphrase' });

    const target = library().open();
    await fill(target, generateLibrary(2));
    const before = sorted(await readLibrary(target));
    await expect(unsealBackup(bytes, null)).rejects.toMatchObject({ code: 'passphrase-needed' });
    await expect(unsealBackup(bytes, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(sorted(await readLibrary(target))).toEqual(before);

    await restoreBackup(await readBackup(await unsealBackup(bytes, PASS)), 'replace', naming, target);
    expect(sorted(await readLibrary(target))).toEqual(sorted(await readLibrary(source)));
  });

  it('book packages are sealed the same way', async () => {
    const source = library().open();
    await fill(source, generateLibrary(3));
    const bytes = await createBookPackage('book-0', { ...stamp, passphrase: PASS }, source);
    const contents = await readBackup(await unsealBackup(bytes, PASS));
    expect(contents.manifest.kind).toBe('book');
  });
});
