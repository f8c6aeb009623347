// Bytes → text: BOMs, the charset an HTML file declares, UTF-8, and windows-1252 as the
// fallback for legacy files (what browsers do for undeclared non-UTF-8 text).
import { ImportError } from '../import.js';
import { looksBinary } from './guards.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

// windows-1252 differs from ISO-8859-1 only in 0x80–0x9F. Node's TextDecoder maps that range
// to C1 controls, so the table is ours (and WHATWG labels latin1/ascii as windows-1252 anyway).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'ascii', 'us-ascii', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1',
]);

/** The charset named by `<meta charset>` or `http-equiv="Content-Type"` in the first 4 KB. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function decodeAs(label: string, bytes: Uint8Array): DecodedText | null {
  if (WINDOWS_1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  try {
    const decoder = new TextDecoder(label, { fatal: false });
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return null; // an unknown label: fall through to detection
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(fileName: string, bytes: Uint8Array, opts: { html?: boolean } = {}): DecodedText {
  const decoded = detectAndDecode(fileName, bytes, opts.html ?? false);
  if (decoded.text.trim() === '') throw new ImportError(fileName, { code: 'empty' });
  return decoded;
}

function detectAndDecode(fileName: string, bytes: Uint8Array, html: boolean): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new ImportError(fileName, { code: 'binary' });
  const declared = html ? sniffHtmlCharset(bytes) : null;
  // A page that declares UTF-8 but is not valid UTF-8 is legacy text mislabelled, not UTF-8.
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const result = decodeAs(declared, bytes);
    if (result) return result;
  }
  const utf8 = decodeUtf8(bytes);
  return utf8 !== null ? { text: utf8, encoding: 'utf-8' } : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
