// An image's width and height read from its header, before anything is decoded: a file of a few
// kilobytes can declare a picture that takes gigabytes to decode (a decompression bomb). The size
// is only believed when the header is intact: garbage after a signature is damage, not a huge picture.
import { sniffImageType } from './limits.js';

export interface Dimensions {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const i32le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 PNG chunks carry (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** PNG: the IHDR chunk comes first, 13 bytes long, and its CRC must match. */
function png(b: Uint8Array): Dimensions | null {
  const ihdrIntact = b.length >= 33 && u32be(b, 8) === 13 && String.fromCharCode(...b.subarray(12, 16)) === 'IHDR' && crc32(b.subarray(12, 29)) === u32be(b, 29);
  return ihdrIntact ? { width: u32be(b, 16), height: u32be(b, 20) } : null;
}

/** BMP: the info header has one of the sizes its versions define. */
function bmp(b: Uint8Array): Dimensions | null {
  const infoSize = b.length >= 26 ? i32le(b, 14) : 0;
  if (![40, 52, 56, 64, 108, 124].includes(infoSize)) return null;
  return { width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
}

/** JPEG: the first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC) holds the size. */
function jpeg(b: Uint8Array): Dimensions | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      // An intact frame header: 8 or 12 bits a sample, 1 to 4 components, its length to match.
      const components = b[i + 9]!;
      const intact = (b[i + 4] === 8 || b[i + 4] === 12) && components >= 1 && components <= 4 && u16be(b, i + 2) === 8 + 3 * components;
      return intact ? { height: u16be(b, i + 5), width: u16be(b, i + 7) } : null;
    }
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

function webp(b: Uint8Array): Dimensions | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  }
  return null;
}

function declared(bytes: Uint8Array): Dimensions | null {
  switch (sniffImageType(bytes)) {
    case 'image/png':
      return png(bytes);
    case 'image/gif':
      return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
    case 'image/bmp':
      return bmp(bytes);
    case 'image/jpeg':
      return jpeg(bytes);
    case 'image/webp':
      return webp(bytes);
    default:
      return null;
  }
}

/**
 * The size an intact header declares, or null when the header is damaged or cannot be read (the
 * image is then refused as damaged). A side of 0 is no picture at all.
 */
export function imageDimensions(bytes: Uint8Array): Dimensions | null {
  const size = declared(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}
