// Mojibake: UTF-8 text that was once decoded with the wrong charset and saved again, so that
// "é" became "Ã©" (read as Windows-1252) or "新电脑" became "鏂扮數鑴" (read as GBK). Each
// suspect run of characters is encoded back with the charset that garbled it; if those bytes
// are valid UTF-8, the run was mojibake and the UTF-8 reading is the original. Genuine text
// almost never survives that test: accented Latin or real Chinese re-encoded is not UTF-8.

export type MojibakeKind = 'windows-1252' | 'gbk';

export interface MojibakeRun {
  kind: MojibakeKind;
  /** Offset and length in the text. */
  start: number;
  length: number;
  garbled: string;
  repaired: string;
}

let cp1252: Map<string, number> | undefined;
let gbk: Map<string, number[]> | undefined;

/** Windows-1252 (WHATWG: every byte 0x80–0xFF maps to one character). */
function cp1252Table(): Map<string, number> {
  if (!cp1252) {
    const decoder = new TextDecoder('windows-1252');
    cp1252 = new Map();
    for (let b = 0x80; b <= 0xff; b++) cp1252.set(decoder.decode(Uint8Array.of(b)), b);
  }
  return cp1252;
}

/** GBK's two-byte characters, built once from the platform decoder. */
function gbkTable(): Map<string, number[]> {
  if (!gbk) {
    const decoder = new TextDecoder('gbk');
    gbk = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbk.has(ch)) gbk.set(ch, [lead, trail]);
      }
    }
  }
  return gbk;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function asUtf8(bytes: number[]): string | null {
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** The shortest runs worth testing: a single garbled character is two (cp1252) or 1.5 (GBK) originals. */
const MIN_RUN: Record<MojibakeKind, number> = { 'windows-1252': 2, gbk: 3 };

function runsOf(text: string, kind: MojibakeKind): MojibakeRun[] {
  const runs: MojibakeRun[] = [];
  const bytesOf = (ch: string): number[] | undefined => {
    if (kind === 'windows-1252') {
      const b = cp1252Table().get(ch);
      return b === undefined ? undefined : [b];
    }
    return gbkTable().get(ch);
  };
  const chars = [...text];
  let offset = 0;
  let i = 0;
  while (i < chars.length) {
    let j = i;
    const bytes: number[] = [];
    let length = 0;
    for (; j < chars.length; j++) {
      const b = bytesOf(chars[j]!);
      if (!b) break;
      bytes.push(...b);
      length += chars[j]!.length;
    }
    // A garbled run often ends where the wrong decoder gave up on a lone byte ("\uFFFD"): that
    // byte is lost, so the character it ended is repaired as U+FFFD too.
    const lostByte = kind === 'gbk' && chars[j] === '\uFFFD';
    if (lostByte) {
      bytes.push(0x80);
      length += 1;
      j += 1;
    }
    if (j - i >= MIN_RUN[kind]) {
      const decoded = asUtf8(bytes);
      const repaired = decoded !== null && lostByte ? `${[...decoded].slice(0, -1).join('')}\uFFFD` : decoded;
      // A real repair is shorter (several garbled characters per original) and not plain ASCII.
      if (repaired !== null && repaired.length < j - i && /[^\p{ASCII}]/u.test(repaired)) {
        runs.push({ kind, start: offset, length, garbled: text.slice(offset, offset + length), repaired });
      }
    }
    const skip = Math.max(j, i + 1);
    for (let k = i; k < skip; k++) offset += chars[k]!.length;
    i = skip;
  }
  return runs;
}

/** Every run of `text` that is mojibake of either kind. */
export function findMojibake(text: string): MojibakeRun[] {
  // Mojibake is made of non-ASCII characters: a text without any has none (and a long one is
  // common, so it is not walked character by character).
  if (!/[^\0-\x7f]/.test(text)) return [];
  return [...runsOf(text, 'windows-1252'), ...runsOf(text, 'gbk')].sort((a, b) => a.start - b.start);
}

/** `text` with every mojibake run replaced by its UTF-8 reading. */
export function repairMojibake(text: string): { text: string; runs: MojibakeRun[] } {
  const runs = findMojibake(text);
  let out = '';
  let at = 0;
  for (const run of runs) {
    if (run.start < at) continue;
    out += text.slice(at, run.start) + run.repaired;
    at = run.start + run.length;
  }
  return { text: out + text.slice(at), runs };
}
