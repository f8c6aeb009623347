// Builds zip bombs at run time (nothing large is committed): one entry of zeros, deflated once
// per MiB and repeated, so a file of about 1 KB per MiB inflates to the size asked for. The
// central directory may be made to lie about the unpacked size, as hostile files do.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

export interface BombOptions {
  /** The entry's name inside the zip (a name a backup holds gets past the name check). */
  name: string;
  /** How much the entry really inflates to, in MiB. */
  mebibytes: number;
  /** The unpacked size the headers declare; the true size unless a lie is wanted. */
  declaredBytes?: number;
}

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, size]) => n + size, 0));
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value >>> 0, at);
    at += size;
  }
  return buffer;
}

export function zipBomb({ name, mebibytes, declaredBytes }: BombOptions): Uint8Array {
  // A sync-flushed block ends on a byte boundary and is not final, so copies can be chained.
  const block = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mebibytes }, () => block), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  const zeros = Buffer.alloc(MIB);
  for (let i = 0; i < mebibytes; i++) crc = crc32(zeros, crc);
  const size = declaredBytes ?? mebibytes * MIB;
  const fileName = Buffer.from(name, 'utf8');
  const common: [number, 2 | 4][] = [[20, 2], [0x0800, 2], [8, 2], [0, 2], [0x21, 2], [crc, 4], [data.length, 4], [size, 4], [fileName.length, 2], [0, 2]];
  const local = Buffer.concat([header([[0x04034b50, 4], ...common]), fileName]);
  const central = Buffer.concat([header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [0, 4]]), fileName]);
  const centralAt = local.length + data.length;
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [1, 2], [1, 2], [central.length, 4], [centralAt, 4], [0, 2]]);
  return new Uint8Array(Buffer.concat([local, data, central, end]));
}
