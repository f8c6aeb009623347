// The import decoder trusts bytes before labels. The shared corpus page is read from ../shared.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImport } from '../../../renderer/src/importing/encoding.js';

const QQ = path.resolve('..', 'shared', 'corpora', 'readability-pages', 'qq', 'source.html');
const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (meta: string, body: string) => `<html><head>${meta}<title>${body}</title></head><body><p>${body}</p></body></html>`;
/** Bytes of `text` in a legacy charset, through the platform's decoder table (no encoder exists). */
function legacyBytes(text: string, label: string, lead: number[], trail: number[]): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (const l of lead) for (const t of trail) table.set(decoder.decode(Uint8Array.of(l, t)), [l, t]);
  return Uint8Array.from([...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c) ?? [0x3f])));
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('decodeImport', () => {
  it('reads a UTF-8 page that declares gb2312 as UTF-8, with a readable title', async () => {
    const decoded = await decodeImport('source.html', new Uint8Array(await readFile(QQ)), { html: true });
    expect(decoded.by).toBe('utf-8');
    expect(/<title>([^<]*)<\/title>/.exec(decoded.text)?.[1]).toContain('DeepMind新电脑已可利用记忆自学');
    expect(decoded.text).not.toContain('鏂扮數鑴');
  });

  it('honours a byte-order mark first', async () => {
    const decoded = await decodeImport('a.txt', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Grüße')));
    expect(decoded).toMatchObject({ text: 'Grüße', by: 'bom', encoding: 'utf-8' });
  });

  it('uses the declared charset when the bytes are not UTF-8', async () => {
    const text = '这是一个关于国际经济合作的报告';
    const bytes = legacyBytes(page('<meta charset="gbk">', text), 'gbk', range(0x81, 0xfe), range(0x40, 0xfe));
    const decoded = await decodeImport('a.html', bytes, { html: true });
    expect(decoded.by).toBe('declared');
    expect(decoded.text).toContain(text);
  });

  it('detects an undeclared legacy charset', async () => {
    const text = '日本の外交政策について説明します。代表団は、港での次回会合の前に協定草案を翻訳し、納期を確認するよう求めた。'.repeat(4);
    const bytes = legacyBytes(text, 'shift_jis', [...range(0x81, 0x9f), ...range(0xe0, 0xef)], range(0x40, 0xfc));
    const decoded = await decodeImport('a.txt', bytes);
    expect(decoded.by).toBe('detected');
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toBe(text);
  });

  it('repairs mojibake saved into a UTF-8 file, and says so', async () => {
    const garbled = new TextDecoder('windows-1252').decode(utf8('The minister’s café meeting — déjà vu.'));
    const decoded = await decodeImport('a.txt', utf8(garbled));
    expect(decoded.text).toBe('The minister’s café meeting — déjà vu.');
    expect(decoded.repaired).toEqual({ kind: 'windows-1252', runs: expect.any(Number) });
  });

  it('refuses text that stays garbled, with a reason the user can act on', async () => {
    // Every other character's last byte was lost: no repair can recover it.
    const garbled = Array.from({ length: 12 }, () => new TextDecoder('gbk').decode(utf8('新电脑')) + ' x').join(' ');
    await expect(decodeImport('a.txt', utf8(garbled))).rejects.toThrow(/garbled.*save the original again as UTF-8/);
  });

  it('refuses empty and binary files', async () => {
    await expect(decodeImport('a.txt', utf8('   '))).rejects.toThrow(/empty/);
    await expect(decodeImport('a.txt', Uint8Array.of(0, 1, 2, 0, 0, 5, 0, 0))).rejects.toThrow(/binary/);
  });
});
