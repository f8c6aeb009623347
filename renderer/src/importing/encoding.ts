// Bytes → text, trusting the bytes before any label: a byte-order mark, then valid UTF-8 (a page
// saved as UTF-8 stays UTF-8 whatever charset its <meta> still declares), then the declared
// charset, then detection (jschardet, loaded only when a file needs it), then Windows-1252.
// Text that decodes cleanly but carries mojibake from an earlier wrong decoding is repaired
// where the bytes allow, and refused where too much of it would stay garbled.
import { ImportError } from '../domain/import.js';
import { decodeWindows1252, sniffHtmlCharset, type DecodedText } from '../domain/text/decode.js';
import { looksBinary } from '../domain/text/guards.js';
import { repairMojibake, type MojibakeKind } from '../domain/encoding/mojibake.js';

export interface Decoded extends DecodedText {
  /** How the encoding was decided. */
  by: 'bom' | 'utf-8' | 'declared' | 'detected' | 'fallback';
  /** Set when mojibake was found and repaired: which wrong decoding caused it, and how many runs. */
  repaired: { kind: MojibakeKind; runs: number } | null;
}

/** Detection below this confidence is a guess no better than the Windows-1252 fallback. */
const MIN_CONFIDENCE = 0.5;
/** Refuse when this share of the text is still unreadable after repair. */
const MAX_LOST_SHARE = 0.01;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): DecodedText | null {
  try {
    const decoder = new TextDecoder(label, { fatal, ignoreBOM: true });
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return null; // an unknown label, or not valid in it
  }
}

// Detector names that are not WHATWG labels, mapped to the encoding each is a superset of.
const LABELS: Record<string, string> = { cp932: 'shift_jis', cp936: 'gbk', cp949: 'euc-kr', cp950: 'big5', 'big5hkscs': 'big5', 'johab': 'euc-kr' };

async function detect(bytes: Uint8Array): Promise<{ encoding: string; confidence: number } | null> {
  const { detect: run } = await import('jschardet');
  const found = run(bytes.subarray(0, 200_000));
  if (!found.encoding) return null;
  const name = found.encoding.toLowerCase();
  return { encoding: LABELS[name] ?? name, confidence: found.confidence };
}

async function decodeBytes(fileName: string, bytes: Uint8Array, html: boolean): Promise<Omit<Decoded, 'repaired'>> {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { ...tryDecode(label, bytes.subarray(bom.length), false)!, by: 'bom' };
  }
  if (looksBinary(bytes)) throw new ImportError(fileName, { code: 'binary' });
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8) return { ...utf8, by: 'utf-8' };
  const declared = html ? sniffHtmlCharset(bytes) : null;
  const asDeclared = declared ? tryDecode(declared, bytes, false) : null;
  if (asDeclared && asDeclared.encoding !== 'utf-8') return { ...asDeclared, by: 'declared' };
  const guess = await detect(bytes);
  const asGuessed = guess && guess.confidence >= MIN_CONFIDENCE ? tryDecode(guess.encoding, bytes, false) : null;
  if (asGuessed && asGuessed.encoding !== 'utf-8') return { ...asGuessed, by: 'detected' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', by: 'fallback' };
}

/** Decodes an imported text file. Throws ImportError for empty, binary or hopelessly garbled text. */
export async function decodeImport(fileName: string, bytes: Uint8Array, opts: { html?: boolean } = {}): Promise<Decoded> {
  const decoded = await decodeBytes(fileName, bytes, opts.html ?? false);
  if (decoded.text.trim() === '') throw new ImportError(fileName, { code: 'empty' });
  const { text, runs } = repairMojibake(decoded.text);
  if (runs.length === 0) return { ...decoded, repaired: null };
  const lost = [...text].filter((c) => c === '\uFFFD').length;
  if (lost > Math.max(2, text.length * MAX_LOST_SHARE)) {
    throw new ImportError(fileName, { code: 'garbled', sample: runs[0]!.garbled.slice(0, 24) });
  }
  return { ...decoded, text, repaired: { kind: runs[0]!.kind, runs: runs.length } };
}
