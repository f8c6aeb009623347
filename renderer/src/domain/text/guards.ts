// Size, emptiness and binary checks every imported file passes before it is decoded.
import { ImportError } from '../import.js';

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '25 MiB';

export function checkSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(fileName, `is larger than the ${MAX_IMPORT_LABEL} limit`);
  if (bytes.length === 0) throw new ImportError(fileName, 'the file is empty');
}

const SAMPLE = 8192;

/**
 * Text files have no NUL bytes (UTF-16 is recognised by its BOM before this runs) and few
 * control characters; binary formats have plenty of both within the first few kilobytes.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}
