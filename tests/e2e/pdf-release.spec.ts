// A book fit to hand over: nothing clipped at the margin (a 120-character token, a ten-column
// table, a long code line), a long handling marking wrapped inside its own bands on every page
// without touching the content, "Page X of Y" on one line, the cover marked only at top and
// bottom, and document information from Settings and the book (Author, Subject, Keywords in
// the book's language).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { getAll, putRecords } from './support/idb.js';
import { allPages, pdfInfo, renderPages, wordBoxes } from './support/pdf-tools.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import { markingBand, SIDE_MARGIN_MM } from '../../renderer/src/domain/book/band.js';
import type { Book, Brief } from '../../renderer/src/domain/types.js';

const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-release');
const FIXTURE = 'print/wide-content.md';
const MARKING = `RESTRICTED ZEPHYRCAVEAT — HANDLE ONLY THROUGH ${Array.from({ length: 14 }, (_, i) => `KESTRELDESK${i + 1}`).join(' / ')} CHANNELS; NOT FOR RELEASE BEYOND THE NAMED OFFICES`;
const MM = 72 / 25.4;

test('a brief with a long token, a wide table and a long code line prints every word inside the margins, under a long marking', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Office of the Special Envoy');
  await page.getByLabel('Your name').press('Tab');
  await app.importFiles(FIXTURE);
  const [brief] = await getAll<Brief>(page, 'briefs');
  expect(brief!.topics).toContain('energy');
  const book: Book = {
    id: 'book-release', title: 'Interconexión', subtitle: 'Antecedentes para la visita de junio', meeting: 'Reunión ministerial', marking: MARKING,
    preparedBy: '', preparedFor: '', meetingDate: null,
    entries: [{ kind: 'brief', id: brief!.id, title: '', note: '' }],
    options: { paper: 'A4', annotations: 'none', checklist: false, checklistStatuses: [], sources: false, language: 'es' },
    createdAt: 1, updatedAt: 1,
  };
  await putRecords(page, 'books', [book]);

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/book-release`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'release.pdf');
  await writeFile(file, result.pdf);
  renderPages(file, path.join(OUT, 'page'), 1, result.pageCount);
  const pages = allPages(file);

  // Every word of the source is in the text layer, whole (line breaks inside a token are dropped).
  const printed = pages.join('\n').replace(/\s+/g, '');
  const source = await readFile(path.resolve('tests/fixtures', FIXTURE), 'utf8');
  const words = source.replace(/^#+ |^```$|\|/gm, ' ').split(/\s+/).filter((w) => /\w/.test(w) && !/^-+$/.test(w));
  expect(words.some((w) => w.length >= 150)).toBe(true);
  for (const word of words) expect(printed, `"${word}" printed whole`).toContain(word);

  // Geometry: every content word inside the side margins and between the bands; every marking
  // word inside a band; the footer's "Página N de M" on one line.
  const band = markingBand(MARKING, 'A4');
  const markingWords = new Set(MARKING.split(/\s+/));
  const boxes = wordBoxes(file);
  expect(boxes.length).toBe(result.pageCount);
  for (const [i, p] of boxes.entries()) {
    const top = band.topMm * MM;
    const bottom = p.height - band.bottomMm * MM;
    const footer = p.words.filter((w) => w.yMin >= bottom);
    const label = footer.filter((w) => /^(Página|de|\d+)$/.test(w.text));
    expect(label.map((w) => w.text).join(' '), `page ${i + 1} footer`).toBe(`Página ${i + 1} de ${result.pageCount}`);
    expect(new Set(label.map((w) => Math.round(w.yMin))).size, `page ${i + 1}: page label on one line`).toBe(1);
    expect(p.words.some((w) => w.yMin > top && w.yMax < bottom), `page ${i + 1} is not blank`).toBe(true);
    for (const w of p.words) {
      expect(w.xMin, `"${w.text}" left margin p${i + 1}`).toBeGreaterThanOrEqual(SIDE_MARGIN_MM * MM - 1);
      expect(w.xMax, `"${w.text}" right margin p${i + 1}`).toBeLessThanOrEqual(p.width - SIDE_MARGIN_MM * MM + 1);
      const inBand = w.yMax <= top || w.yMin >= bottom;
      // A lone dash is in the marking and also in the text (the summary's "title — gist" lines):
      // by itself it cannot say which it belongs to. Every word with a letter or digit is checked.
      if (markingWords.has(w.text) && !/[\p{L}\p{N}]/u.test(w.text)) continue;
      if (markingWords.has(w.text) || label.includes(w)) expect(inBand, `marking word "${w.text}" in a band, p${i + 1}`).toBe(true);
      else expect(inBand, `content word "${w.text}" clear of the bands, p${i + 1}`).toBe(false);
    }
  }
  // The cover: the marking at the top and the bottom, nowhere else.
  expect(pages[0]!.match(/ZEPHYRCAVEAT/g)).toHaveLength(2);

  const info = pdfInfo(file);
  expect(info.Author).toBe('Office of the Special Envoy');
  expect(info.Subject).toBe('Antecedentes para la visita de junio');
  expect(info.Keywords).toContain('Energía');
  expect(info.Keywords).not.toMatch(/\benergy\b/);
});
