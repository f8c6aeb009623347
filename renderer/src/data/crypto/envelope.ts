// One record's content sealed with AES-256-GCM under the library's data key: a fresh random 96-bit
// IV per seal, and the table and primary key as associated data, so a ciphertext moved onto
// another record (or another table) is refused instead of read as that record.

/** What a protected record keeps of its content: version, IV and ciphertext (tag appended). */
export interface Sealed {
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}

const IV_BYTES = 12;
const BIN_TAG = '\u0000bin';

/** The error for a ciphertext that fails authentication: wrong key, altered bytes or moved record. */
export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export const isSealed = (value: unknown): value is Sealed => {
  const s = value as Partial<Sealed> | null;
  return typeof s === 'object' && s !== null && s.v === 1 && s.iv instanceof Uint8Array && s.ct instanceof Uint8Array;
};

// JSON cannot hold bytes (images), so each Uint8Array travels after the text, referred to by index.
function pack(value: unknown): Uint8Array {
  const blobs: Uint8Array[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BIN_TAG]: blobs.push(v) - 1 } : v));
  const head = new TextEncoder().encode(text);
  const size = 4 + head.length + blobs.reduce((n, b) => n + 4 + b.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const blob of blobs) {
    view.setUint32(at, blob.length);
    out.set(blob, at + 4);
    at += 4 + blob.length;
  }
  return out;
}

function unpack(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.getUint32(0);
  const text = new TextDecoder().decode(bytes.subarray(4, 4 + headLength));
  const blobs: Uint8Array[] = [];
  for (let at = 4 + headLength; at < bytes.length; ) {
    const length = view.getUint32(at);
    blobs.push(bytes.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return JSON.parse(text, (_key, v: unknown) => {
    const ref = v as Record<string, unknown> | null;
    return typeof ref === 'object' && ref !== null && typeof ref[BIN_TAG] === 'number' ? blobs[ref[BIN_TAG]] : v;
  });
}

const associated = (context: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(context);

/** Seals `value` (JSON and bytes) for the record named by `context` (table and primary key). */
export async function seal(key: CryptoKey, context: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = pack(value) as Uint8Array<ArrayBuffer>;
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associated(context) }, key, plain);
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** Opens what `seal` made for the same context; refuses a wrong key, a changed byte or another record's ciphertext. */
export async function open(key: CryptoKey, context: string, sealed: Sealed): Promise<unknown> {
  if (sealed.iv.length !== IV_BYTES) throw new SealError('The record’s IV has the wrong length.');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: associated(context) },
      key,
      sealed.ct as Uint8Array<ArrayBuffer>,
    );
  } catch {
    throw new SealError('A protected record could not be opened: the key is wrong or the record was altered.');
  }
  return unpack(new Uint8Array(plain));
}
