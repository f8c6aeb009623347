// Reads a font's ToUnicode CMap (PDF 32000-1, 9.10.3) backwards: which code draws a character.
// The contents page numbers are drawn with a font Chromium already embedded, so a digit is
// written with the code that font's own subset gives it. Pure text parsing, no PDF objects.

const HEX = /<([0-9a-fA-F]+)>/g;

const hexes = (text: string): string[] => [...text.matchAll(HEX)].map((m) => m[1]!.toUpperCase());

/** UTF-16BE hex (as CMaps write it) to a string; undefined when it is not whole code units. */
function decodeUtf16(hex: string): string | undefined {
  if (hex.length % 4 !== 0) return undefined;
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

const padHex = (value: number, width: number): string => value.toString(16).toUpperCase().padStart(width, '0');

/**
 * Character → the code (hex, as many digits as the CMap's source codes) that maps to it.
 * Reads `bfchar` pairs and both forms of `bfrange`; the first code found for a character wins.
 */
export function codesByCharacter(cmap: string): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (char: string | undefined, code: string): void => {
    if (char !== undefined && !codes.has(char)) codes.set(char, code);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const values = hexes(block[1]!);
    for (let i = 0; i + 1 < values.length; i += 2) add(decodeUtf16(values[i + 1]!), values[i]!);
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    // Each line is `<lo> <hi> <dst>` (consecutive characters) or `<lo> <hi> [<d1> <d2> …]`.
    for (const line of block[1]!.split('\n')) {
      const [lo, hi, ...rest] = hexes(line);
      if (lo === undefined || hi === undefined || rest.length === 0) continue;
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      if (to < from || to - from > 0xffff) continue;
      if (line.includes('[')) {
        rest.forEach((dst, i) => from + i <= to && add(decodeUtf16(dst), padHex(from + i, lo.length)));
      } else {
        const first = decodeUtf16(rest[0]!);
        if (first === undefined || first.length !== 1) continue;
        for (let code = from; code <= to; code++) add(String.fromCharCode(first.charCodeAt(0) + code - from), padHex(code, lo.length));
      }
    }
  }
  return codes;
}
