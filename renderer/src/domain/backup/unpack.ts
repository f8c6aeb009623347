// Unzips a .chancery file without trusting what it says about itself. A zip bomb (a small file
// that inflates to gigabytes) is refused by the sizes its directory declares before anything is
// inflated, and, since those can lie, by counting the bytes actually inflated, stopping as soon
// as the count passes the limit. Only the files a backup holds are inflated at all.
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from 'fflate';
import { BackupError } from './errors.js';

/** Bytes of the zip handed to the inflater at a time: one push inflates at most ~1,000× this. */
const CHUNK = 16 * 1024;

export interface UnpackLimits {
  /** Names the archive may hold; any other name refuses the file. */
  expected: ReadonlySet<string>;
  /** The most all files together may unpack to. */
  maxBytes: number;
  /** Told the share of the zip read so far (0..1). */
  onProgress?: (fraction: number) => void;
}

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const tooLarge = (maxBytes: number): BackupError =>
  new BackupError('too-large', `The file is too large when unpacked: it would unpack to more than ${mb(maxBytes)}, more than any Chancery backup this app can open.`);

const unexpected = (name: string): BackupError =>
  new BackupError('unexpected-file', `The file contains "${name.slice(0, 100)}", which is not part of a Chancery backup.`);

const damaged = (): BackupError =>
  new BackupError('not-a-zip', 'The file is not a Chancery backup, or it is damaged or incomplete (it cannot be unzipped).');

/** The sizes the central directory declares, read without inflating anything. */
function declaredSizes(bytes: Uint8Array, { expected, maxBytes }: UnpackLimits): Map<string, number> {
  const sizes = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!expected.has(file.name)) throw unexpected(file.name);
        total += file.originalSize;
        if (total > maxBytes) throw tooLarge(maxBytes);
        sizes.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw damaged();
  }
  return sizes;
}

/** Every file of the archive, inflated, or a BackupError; never more than maxBytes in memory. */
export function unpackLimited(bytes: Uint8Array, limits: UnpackLimits): Record<string, Uint8Array> {
  const declared = declaredSizes(bytes, limits);
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: unknown = null;

  const unzipper = new Unzip((file: UnzipFile) => {
    if (failure) return;
    const size = declared.get(file.name);
    if (!limits.expected.has(file.name)) failure = unexpected(file.name);
    else if (size === undefined || chunks.has(file.name)) failure = damaged(); // not in the directory, or twice
    if (failure) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    let inFile = 0;
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) {
        failure = damaged();
        return;
      }
      inFile += data.length;
      total += data.length;
      if (total > limits.maxBytes) failure = tooLarge(limits.maxBytes);
      else if (inFile > (size ?? 0)) failure = damaged(); // more than its directory entry declared
      if (failure) file.terminate();
      else parts.push(data);
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  unzipper.register(UnzipPassThrough);

  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      unzipper.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
      limits.onProgress?.(Math.min(1, (at + CHUNK) / bytes.length));
    }
  } catch (error) {
    failure ??= error instanceof BackupError ? error : damaged();
  }
  if (failure) throw failure;

  const files: Record<string, Uint8Array> = {};
  for (const [name, parts] of chunks) {
    const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      whole.set(part, at);
      at += part.length;
    }
    if (whole.length !== declared.get(name)) throw damaged();
    files[name] = whole;
  }
  if (Object.keys(files).length !== declared.size) throw damaged();
  return files;
}
