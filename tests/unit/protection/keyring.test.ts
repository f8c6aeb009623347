// The data key and its passphrase (Argon2id + AES-KW) and the sealed records (AES-256-GCM), run on
// Node's WebCrypto: wrong passphrases and altered or moved ciphertexts are refused.
import { describe, expect, it } from 'vitest';
import { argon2id } from 'hash-wasm';
import { checkWrappedKey, createDataKey, DEFAULT_KDF, KeyringError, PassphraseError, rewrapDataKey, unlockDataKey } from '../../../renderer/src/data/crypto/keyring.js';
import { isSealed, open, seal, SealError } from '../../../renderer/src/data/crypto/envelope.js';
import { FAST_KDF } from './fixture.js';

describe('keyring', () => {
  it('derives with Argon2id as the reference implementation does (a known answer)', async () => {
    // phc-winner-argon2's command line prints this for `password`, salt `somesalt`, -id -t 2 -m 16 -p 1.
    const out = await argon2id({ password: 'password', salt: 'somesalt', iterations: 2, parallelism: 1, memorySize: 65536, hashLength: 32, outputType: 'hex' });
    expect(out).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('records the parameters beside the wrapped key, with a fresh salt each time', async () => {
    const a = await createDataKey('correct horse', FAST_KDF);
    const b = await createDataKey('correct horse', FAST_KDF);
    expect(a.stored.kdf).toMatchObject({ algorithm: 'argon2id', version: 0x13, memoryKiB: FAST_KDF.memoryKiB, iterations: FAST_KDF.iterations, parallelism: FAST_KDF.parallelism });
    expect(a.stored.kdf.salt).toHaveLength(16);
    expect(a.stored.kdf.salt).not.toEqual(b.stored.kdf.salt);
    expect(a.stored.wrappedKey).not.toEqual(b.stored.wrappedKey);
  });

  it('uses 64 MiB, 3 passes and 4 lanes unless told otherwise', () => {
    expect(DEFAULT_KDF).toMatchObject({ memoryKiB: 65536, iterations: 3, parallelism: 4 });
  });

  it('unlocks with the passphrase and opens what the first key sealed', async () => {
    const { key, stored } = await createDataKey('correct horse', FAST_KDF);
    const sealed = await seal(key, 'briefs:a', { title: 'Canary title' });
    const again = await unlockDataKey('correct horse', stored);
    expect(await open(again, 'briefs:a', sealed)).toEqual({ title: 'Canary title' });
  });

  it('refuses a wrong passphrase and an empty one', async () => {
    const { stored } = await createDataKey('correct horse', FAST_KDF);
    await expect(unlockDataKey('correct horse!', stored)).rejects.toBeInstanceOf(PassphraseError);
    await expect(unlockDataKey('', stored)).rejects.toBeInstanceOf(PassphraseError);
  });

  it('never lets the unlocked key be exported', async () => {
    const { key, stored } = await createDataKey('correct horse', FAST_KDF);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', await unlockDataKey('correct horse', stored))).rejects.toThrow();
  });

  it('changing the passphrase re-wraps the same key: old records open, the old passphrase no longer does', async () => {
    const { key, stored } = await createDataKey('first phrase', FAST_KDF);
    const sealed = await seal(key, 'notes:1', 'kept');
    const rewrapped = await rewrapDataKey('first phrase', 'second phrase', stored);
    expect(rewrapped.kdf.salt).not.toEqual(stored.kdf.salt);
    await expect(unlockDataKey('first phrase', rewrapped)).rejects.toBeInstanceOf(PassphraseError);
    expect(await open(await unlockDataKey('second phrase', rewrapped), 'notes:1', sealed)).toBe('kept');
    await expect(rewrapDataKey('not it', 'x', stored)).rejects.toBeInstanceOf(PassphraseError);
  });

  it('refuses stored parameters that are damaged or would cost too much', async () => {
    const { stored } = await createDataKey('p', FAST_KDF);
    expect(() => checkWrappedKey({ ...stored, kdf: { ...stored.kdf, memoryKiB: 8 * 1024 * 1024 } })).toThrow(KeyringError);
    expect(() => checkWrappedKey({ ...stored, kdf: { ...stored.kdf, iterations: 0 } })).toThrow(KeyringError);
    expect(() => checkWrappedKey({ ...stored, kdf: { ...stored.kdf, algorithm: 'pbkdf2' } })).toThrow(KeyringError);
    expect(() => checkWrappedKey({ ...stored, wrappedKey: stored.wrappedKey.slice(1) })).toThrow(KeyringError);
    expect(() => checkWrappedKey(null)).toThrow(KeyringError);
  });
});

describe('sealed records', () => {
  it('uses a fresh IV per record and keeps bytes as bytes', async () => {
    const { key } = await createDataKey('p', FAST_KDF);
    const value = { alt: 'a map', bytes: new Uint8Array([0, 1, 2, 250]) };
    const a = await seal(key, 'images:x', value);
    const b = await seal(key, 'images:x', value);
    expect(isSealed(a)).toBe(true);
    expect(a.iv).toHaveLength(12);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ct).not.toEqual(b.ct);
    expect(await open(key, 'images:x', a)).toEqual(value);
  });

  it('refuses a changed byte, another record’s context and another key', async () => {
    const { key } = await createDataKey('p', FAST_KDF);
    const other = await createDataKey('p', FAST_KDF);
    const sealed = await seal(key, 'briefs:a', 'secret');
    const tampered = { ...sealed, ct: sealed.ct.slice() };
    tampered.ct[3]! ^= 1;
    await expect(open(key, 'briefs:a', tampered)).rejects.toBeInstanceOf(SealError);
    await expect(open(key, 'briefs:b', sealed)).rejects.toBeInstanceOf(SealError);
    await expect(open(other.key, 'briefs:a', sealed)).rejects.toBeInstanceOf(SealError);
  });
});
