// Writing contents page numbers into a real Chromium print whose number slots were left empty:
// the slots are found, each number lands at the column's right edge on its title's baseline in a
// font already in the print, and it is tagged beside its title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { locateEntries } from '../../../main/services/pdf-pages.js';
import { writeContentsNumbers } from '../../../main/services/contents-numbers.js';
import { chromiumPath } from '../../../main/headless/chromium-host.js';
import type { PrintEntry } from '../../../main/common/print-page.js';

const SIDE_MM = 18;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath() });
});
afterAll(async () => {
  await browser?.close();
});

const ENTRIES: PrintEntry[] = [
  { id: 'cover', title: 'Harbour Talks', role: 'cover' },
  { id: 'contents', title: 'Contents', role: 'contents' },
  { id: 'a', title: 'Alpha: the northern shelf and its fisheries agreement', role: 'listed' },
  { id: 'b', title: 'Beta', role: 'listed' },
  { id: 'g', title: 'Gamma', role: 'listed' },
];

/** A book shaped like the print view: cover, contents rows with an empty number slot, parts. */
async function printWithEmptySlots(footer = true): Promise<Uint8Array> {
  const row = (e: PrintEntry) =>
    `<li><a href="#${e.id}" style="display:flex;align-items:baseline;gap:2mm"><span>${e.title}</span><span style="flex:1;border-bottom:1px dotted #777;min-width:8mm"></span><span style="min-width:8mm;text-align:right"></span></a></li>`;
  const listed = ENTRIES.filter((e) => e.role === 'listed');
  const page = await browser.newPage();
  await page.setContent(`<body style="font: 11pt sans-serif; margin: 0">
    <h1>Harbour Talks</h1>
    <section style="break-before: page"><h2>Contents</h2><ol style="list-style:none;padding:0">${listed.map(row).join('')}</ol></section>
    <section style="break-before: page" id="a"><h2>${listed[0]!.title}</h2><p>Short.</p></section>
    <section style="break-before: page" id="b"><h2>Beta</h2><p>${'A long brief. '.repeat(3500)}</p></section>
    <section style="break-before: page" id="g"><h2>Gamma</h2><p>Last.</p></section></body>`);
  const pdf = await page.pdf({
    format: 'A4', tagged: true, outline: true, displayHeaderFooter: footer, headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:8pt;width:100%;text-align:right;margin-right:18mm">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: { top: '20mm', bottom: '20mm', left: `${SIDE_MM}mm`, right: `${SIDE_MM}mm` },
  });
  await page.close();
  return new Uint8Array(pdf);
}

describe('writeContentsNumbers', () => {
  it('writes each number on its row, right-aligned at the margin, and tags it beside its title', async () => {
    const printed = await printWithEmptySlots();
    const facts = await locateEntries(printed, ENTRIES);
    expect(facts.pages).toMatchObject({ cover: 1, contents: 2, a: 3, b: 4 });
    expect(facts.pages.g).toBeGreaterThanOrEqual(10);
    expect(Object.keys(facts.slots).sort()).toEqual(['a', 'b', 'g']);

    const doc = await PDFDocument.load(printed);
    expect(writeContentsNumbers(doc, facts.slots, facts.pages, SIDE_MM)).toBe(true);
    const bytes = await doc.save({ useObjectStreams: false });

    const reader = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const contentsPage = await reader.getPage(2);
    const rightMargin = contentsPage.view[2]! - (SIDE_MM * 72) / 25.4;
    const items = (await contentsPage.getTextContent()).items.filter((i): i is TextItem => 'str' in i);
    for (const id of ['a', 'b', 'g']) {
      const number = items.find((i) => i.str === String(facts.pages[id]));
      expect(number, `number for ${id}`).toBeDefined();
      expect(number!.transform[5]).toBeCloseTo(facts.slots[id]!.baseline, 1);
      expect(number!.transform[4] + number!.width).toBeCloseTo(rightMargin, 1);
    }
    await reader.destroy();

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'contents-numbers-')), 'book.pdf');
    writeFileSync(file, bytes);
    const structure = execFileSync('pdfinfo', ['-struct-text', '-f', '2', '-l', '2', file], { encoding: 'utf8' });
    // Each number is a Span after its title (and the link's annotation), inside the same link.
    const after = (title: string, number: number) => new RegExp(`"${title}"\\s*\\n(\\s*Object \\d+ \\d+\\s*\\n)?\\s*Span \\(inline\\)\\s*\\n\\s*"${number}"`);
    expect(structure).toMatch(after('Beta', 4));
    expect(structure).toMatch(after('Gamma', facts.pages.g!));
  }, 60_000);

  it('changes nothing when no font on the page can draw the digits, as in a print without page numbers', async () => {
    const printed = await printWithEmptySlots(false);
    const facts = await locateEntries(printed, ENTRIES);
    expect(Object.keys(facts.slots).sort()).toEqual(['a', 'b', 'g']);
    const doc = await PDFDocument.load(printed);
    const before = await doc.save({ useObjectStreams: false });
    expect(writeContentsNumbers(doc, facts.slots, facts.pages, SIDE_MM)).toBe(false);
    expect(await doc.save({ useObjectStreams: false })).toEqual(before);
  }, 60_000);
});
