import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../renderer/src/domain/import.js';
import { decodeText, decodeWindows1252, sniffHtmlCharset } from '../../../renderer/src/domain/text/decode.js';
import { checkBriefLength, checkSize, looksBinary, MAX_BRIEF_CHARS, MAX_IMPORT_BYTES } from '../../../renderer/src/domain/text/guards.js';

const TEXT = 'Canciller López — «acuerdo» €5';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** windows-1252 bytes for text that fits the code page. */
function cp1252(text: string): Uint8Array {
  const high = new Map([...Array(32).keys()].map((i) => [decodeWindows1252(Uint8Array.of(0x80 + i)), 0x80 + i]));
  return Uint8Array.from(text, (ch) => high.get(ch) ?? ch.charCodeAt(0));
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText('a.txt', plain)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText('a.txt', Uint8Array.of(0xef, 0xbb, 0xbf, ...plain)).text).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText('a.txt', utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText('a.txt', utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for invalid UTF-8, with no mojibake', () => {
    const decoded = decodeText('a.txt', cp1252(TEXT));
    expect(decoded).toEqual({ text: TEXT, encoding: 'windows-1252' });
    expect(decoded.text).not.toMatch(/Ã|�/);
  });

  it('honours the charset an HTML page declares', () => {
    const page = (meta: string) => Uint8Array.of(...new TextEncoder().encode(`<html><head>${meta}</head><body>`), ...cp1252(TEXT), ...new TextEncoder().encode('</body></html>'));
    expect(decodeText('a.html', page('<meta charset="iso-8859-1">'), { html: true }).text).toContain(TEXT);
    expect(decodeText('a.html', page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), { html: true }).encoding).toBe('windows-1252');
    expect(sniffHtmlCharset(new TextEncoder().encode('<meta charset=UTF-8>'))).toBe('utf-8');
  });

  it('decodes other declared charsets through TextDecoder', () => {
    const koi8 = Uint8Array.of(...new TextEncoder().encode('<meta charset="koi8-r"><p>'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4);
    expect(decodeText('a.html', koi8, { html: true }).text).toContain('Привет');
  });

  it('refuses binary and empty content', () => {
    expect(() => decodeText('a.txt', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41))).toThrow(new ImportError('a.txt', { code: 'binary' }));
    expect(() => decodeText('a.txt', new TextEncoder().encode('  \n\t '))).toThrow(new ImportError('a.txt', { code: 'empty' }));
  });
});

describe('guards', () => {
  it('checks the size limit and emptiness', () => {
    expect(MAX_IMPORT_BYTES).toBe(25 * 1024 * 1024);
    expect(() => checkSize('big.pdf', new Uint8Array(MAX_IMPORT_BYTES + 1))).toThrow('is larger than the 25 MiB limit');
    expect(() => checkSize('empty.pdf', new Uint8Array())).toThrow('the file is empty');
    expect(() => checkSize('ok.pdf', new Uint8Array(10))).not.toThrow();
    // A draft longer than a brief may hold (and a backup may carry) is refused by the file's name.
    expect(() => checkBriefLength('long.html', 'x'.repeat(MAX_BRIEF_CHARS + 1))).toThrow(/^long\.html: its text is longer than one brief can hold/);
    expect(() => checkBriefLength('fits.html', 'x'.repeat(MAX_IMPORT_BYTES))).not.toThrow();
  });

  it('tells text from binary by NUL bytes and control characters', () => {
    expect(looksBinary(new TextEncoder().encode('Plain words\twith tabs\r\nand lines.'))).toBe(false);
    expect(looksBinary(Uint8Array.of(0x41, 0x00, 0x42))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x41 : 0x02)))).toBe(true);
  });
});
