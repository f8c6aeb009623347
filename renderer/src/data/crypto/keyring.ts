// The library's data key and the passphrase that guards it. The data key is random (256 bits) and
// never leaves WebCrypto unwrapped in a form a view could read; it is stored only wrapped with
// AES-KW under a key derived from the passphrase by Argon2id, whose parameters are stored beside it
// so a later release can raise them for new passphrases and still open old keyrings.
import { argon2id } from 'hash-wasm';

export interface KdfParams {
  algorithm: 'argon2id';
  /** Argon2 version 1.3. */
  version: 0x13;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
}

/** The data key as stored: wrapped, with everything needed to derive the wrapping key again. */
export interface WrappedKey {
  kdf: KdfParams;
  wrap: 'AES-KW';
  wrappedKey: Uint8Array;
}

/** RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes), for machines without 2 GiB to spare per unlock. */
export const DEFAULT_KDF: Omit<KdfParams, 'salt'> = { algorithm: 'argon2id', version: 0x13, memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };

// Bounds for parameters read back from disk: a hostile record must not make an unlock take
// gigabytes or hours. Argon2 itself needs at least 8 KiB per lane.
const MAX_MEMORY_KIB = 1024 * 1024;
const MAX_ITERATIONS = 20;
const MAX_PARALLELISM = 16;
const SALT_BYTES = 16;
const WRAPPED_BYTES = 40;

export class PassphraseError extends Error {
  constructor() {
    super('The passphrase is not the one that protects this library.');
    this.name = 'PassphraseError';
  }
}

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyringError';
  }
}

const whole = (n: unknown, min: number, max: number): n is number => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;

/** Checks a stored wrapped key before any work is done with it. */
export function checkWrappedKey(value: unknown): WrappedKey {
  const w = value as Partial<WrappedKey> | null;
  const kdf = w?.kdf as Partial<KdfParams> | undefined;
  const ok =
    w?.wrap === 'AES-KW' &&
    w.wrappedKey instanceof Uint8Array &&
    w.wrappedKey.length === WRAPPED_BYTES &&
    kdf?.algorithm === 'argon2id' &&
    kdf.version === 0x13 &&
    whole(kdf.parallelism, 1, MAX_PARALLELISM) &&
    whole(kdf.memoryKiB, 8 * kdf.parallelism, MAX_MEMORY_KIB) &&
    whole(kdf.iterations, 1, MAX_ITERATIONS) &&
    kdf.salt instanceof Uint8Array &&
    kdf.salt.length === SALT_BYTES;
  if (!ok) throw new KeyringError('The library’s keyring is damaged or of an unknown kind.');
  return w as WrappedKey;
}

async function wrappingKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new PassphraseError();
  const bytes = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: kdf.salt,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    memorySize: kdf.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    return await crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  } finally {
    bytes.fill(0);
  }
}

const GCM = { name: 'AES-GCM', length: 256 } as const;

async function wrapWith(passphrase: string, dataKey: CryptoKey, params: Omit<KdfParams, 'salt'>): Promise<{ stored: WrappedKey; kek: CryptoKey }> {
  const kdf: KdfParams = { ...params, salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)) };
  checkWrappedKey({ kdf, wrap: 'AES-KW', wrappedKey: new Uint8Array(WRAPPED_BYTES) });
  const kek = await wrappingKey(passphrase, kdf);
  return { stored: { kdf, wrap: 'AES-KW', wrappedKey: new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW')) }, kek };
}

const unwrap = (stored: WrappedKey, kek: CryptoKey, extractable: boolean): Promise<CryptoKey> =>
  crypto.subtle.unwrapKey('raw', stored.wrappedKey as Uint8Array<ArrayBuffer>, kek, 'AES-KW', GCM, extractable, ['encrypt', 'decrypt']);

async function unwrapWith(passphrase: string, stored: WrappedKey, extractable: boolean): Promise<CryptoKey> {
  const checked = checkWrappedKey(stored);
  const kek = await wrappingKey(passphrase, checked.kdf);
  try {
    return await unwrap(checked, kek, extractable);
  } catch {
    // AES-KW's integrity check fails for any other wrapping key: that is the wrong passphrase.
    throw new PassphraseError();
  }
}

/** A new random data key, and it wrapped under `passphrase`. The key returned cannot be exported. */
export async function createDataKey(passphrase: string, params = DEFAULT_KDF): Promise<{ key: CryptoKey; stored: WrappedKey }> {
  const exportable = await crypto.subtle.generateKey(GCM, true, ['encrypt', 'decrypt']);
  const { stored, kek } = await wrapWith(passphrase, exportable, params);
  // Held from here on as a key that cannot be exported: the one just wrapped, unwrapped again.
  return { key: await unwrap(stored, kek, false), stored };
}

/** The data key, or PassphraseError. The key returned cannot be exported. */
export const unlockDataKey = (passphrase: string, stored: WrappedKey): Promise<CryptoKey> => unwrapWith(passphrase, stored, false);

/** The same data key wrapped under a new passphrase (with a new salt): no record is re-encrypted. */
export async function rewrapDataKey(oldPassphrase: string, newPassphrase: string, stored: WrappedKey, params: Omit<KdfParams, 'salt'> = stored.kdf): Promise<WrappedKey> {
  const key = await unwrapWith(oldPassphrase, stored, true);
  return (await wrapWith(newPassphrase, key, params)).stored;
}
