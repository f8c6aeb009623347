// A file sealed with a passphrase (encrypted backups and book packages): a fresh random file key
// encrypts the bytes with AES-256-GCM, and is wrapped exactly as the library's data key is
// (keyring.ts: Argon2id, AES-KW), so the KDF and its bounds live in one place. Layout:
//
//   "CHANCERY-SEALED\n" (16 bytes) | header length (uint32, big-endian) | header (UTF-8 JSON) | ciphertext + tag
//
// The magic, length and header are the ciphertext's associated data, so a changed parameter is
// refused like a changed ciphertext byte. docs/sealed-file-format.md describes the format.
import { checkWrappedKey, createDataKey, DEFAULT_KDF, KeyringError, unlockDataKey, type KdfParams, type WrappedKey } from './keyring.js';

const MAGIC = new TextEncoder().encode('CHANCERY-SEALED\n');
const PREFIX_BYTES = MAGIC.length + 4;
export const SEALED_FORMAT = 'chancery-sealed';
/** A header is a few hundred bytes; anything longer is not one of ours. */
const MAX_HEADER_BYTES = 4096;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SealedFileErrorCode = 'not-sealed' | 'damaged' | 'too-large';

/** Why a sealed file cannot be opened, other than a wrong passphrase (keyring.ts's PassphraseError). */
export class SealedFileError extends Error {
  constructor(
    readonly code: SealedFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SealedFileError';
  }
}

interface Header {
  format: typeof SEALED_FORMAT;
  version: 1;
  cipher: 'AES-256-GCM';
  iv: string;
  kdf: Omit<KdfParams, 'salt'> & { salt: string };
  wrap: 'AES-KW';
  wrappedKey: string;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

function fromBase64(text: unknown): Uint8Array {
  if (typeof text !== 'string' || text.length > 64 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw damaged('a binary field is not base64');
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

const damaged = (why: string): SealedFileError => new SealedFileError('damaged', `The encrypted file is damaged or of an unknown kind (${why}).`);

/** Whether `bytes` start like a sealed file (the rest is checked when it is opened). */
export const isSealedFile = (bytes: Uint8Array): boolean => bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);

/** `plain` sealed under `passphrase`; `kdf` is for tests (cheap parameters), never lowered by the app. */
export async function sealFile(plain: Uint8Array, passphrase: string, kdf: Omit<KdfParams, 'salt'> = DEFAULT_KDF): Promise<Uint8Array> {
  const { key, stored } = await createDataKey(passphrase, kdf);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: Header = {
    format: SEALED_FORMAT,
    version: 1,
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    kdf: { ...stored.kdf, salt: toBase64(stored.kdf.salt) },
    wrap: 'AES-KW',
    wrappedKey: toBase64(stored.wrappedKey),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(PREFIX_BYTES + headerBytes.length);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint32(MAGIC.length, headerBytes.length);
  prefix.set(headerBytes, PREFIX_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, key, plain as Uint8Array<ArrayBuffer>));
  const out = new Uint8Array(prefix.length + ct.length);
  out.set(prefix);
  out.set(ct, prefix.length);
  return out;
}

const HEADER_KEYS = ['cipher', 'format', 'iv', 'kdf', 'version', 'wrap', 'wrappedKey'];
const KDF_KEYS = ['algorithm', 'iterations', 'memoryKiB', 'parallelism', 'salt', 'version'];
const sameKeys = (value: object, keys: string[]): boolean => Object.keys(value).sort().join() === keys.join();

/** The header, checked field by field; the KDF's parameters are bounded by keyring.ts. */
function readHeader(bytes: Uint8Array): { header: Header; wrapped: WrappedKey; iv: Uint8Array; bodyAt: number } {
  if (!isSealedFile(bytes) || bytes.length < PREFIX_BYTES) throw new SealedFileError('not-sealed', 'The file is not an encrypted Chancery file.');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length);
  if (length < 2 || length > MAX_HEADER_BYTES || PREFIX_BYTES + length > bytes.length) throw damaged('the header has an impossible length');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length)));
  } catch {
    throw damaged('the header is not JSON');
  }
  const header = raw as Header;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !sameKeys(raw, HEADER_KEYS)) throw damaged('the header has unknown fields');
  if (header.format !== SEALED_FORMAT || header.version !== 1 || header.cipher !== 'AES-256-GCM') throw damaged('an unknown format, version or cipher');
  if (typeof header.kdf !== 'object' || header.kdf === null || !sameKeys(header.kdf, KDF_KEYS)) throw damaged('the key derivation has unknown fields');
  const iv = fromBase64(header.iv);
  if (iv.length !== IV_BYTES) throw damaged('the IV has the wrong length');
  let wrapped: WrappedKey;
  try {
    wrapped = checkWrappedKey({ kdf: { ...header.kdf, salt: fromBase64(header.kdf.salt) }, wrap: header.wrap, wrappedKey: fromBase64(header.wrappedKey) });
  } catch (error) {
    if (error instanceof KeyringError) throw damaged('the key derivation’s parameters are out of bounds');
    throw error;
  }
  return { header, wrapped, iv, bodyAt: PREFIX_BYTES + length };
}

/**
 * The plain bytes of a sealed file, at most `maxPlainBytes` long. Throws SealedFileError for a
 * file that is not one, is damaged or too large, and keyring.ts's PassphraseError for a wrong passphrase.
 */
export async function openSealedFile(bytes: Uint8Array, passphrase: string, maxPlainBytes: number): Promise<Uint8Array> {
  const { wrapped, iv, bodyAt } = readHeader(bytes);
  const body = bytes.subarray(bodyAt);
  if (body.length < TAG_BYTES) throw damaged('the ciphertext is cut short');
  if (body.length - TAG_BYTES > maxPlainBytes) throw new SealedFileError('too-large', 'The encrypted file is larger than any Chancery backup this app can open.');
  const key = await unlockDataKey(passphrase, wrapped);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: bytes.slice(0, bodyAt) }, key, body as Uint8Array<ArrayBuffer>),
    );
  } catch {
    throw damaged('its contents were altered after it was written');
  }
}
