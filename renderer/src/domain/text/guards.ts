// Size, emptiness and binary checks every imported file passes before it is decoded.
import { ImportError } from '../import.js';

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '25 MiB';
/**
 * The longest text one brief may hold: a largest file's worth of characters, with room for the
 * Markdown escaping an import adds. Backups accept exactly this much, so any brief the app has
 * stored can be restored.
 */
export const MAX_BRIEF_CHARS = 2 * MAX_IMPORT_BYTES;

/** Refuses a draft too long to keep as one brief, naming the file. */
export function checkBriefLength(fileName: string, markdown: string): void {
  if (markdown.length > MAX_BRIEF_CHARS) throw new ImportError(fileName, { code: 'tooLong', chars: MAX_BRIEF_CHARS });
}

export function checkSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError(fileName, { code: 'tooLarge', limit: MAX_IMPORT_LABEL });
  if (bytes.length === 0) throw new ImportError(fileName, { code: 'empty' });
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
