// Every script prints: a brief written in nine scripts is imported and exported through the PDF
// service, and the PDF's text layer gives back every character of the source, set only in the
// bundled fonts (no system fallback, which is where empty boxes come from).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { getAll, putRecords } from './support/idb.js';
import { pdfFonts, plainText, renderPages, structHeadings } from './support/pdf-tools.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book, Brief } from '../../renderer/src/domain/types.js';

const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-scripts');
const FIXTURE = 'scripts/nine-scripts.md';
// The page sets everything in bundled faces; only Chromium's header and footer (marking, page
// numbers) are drawn with the system's Arial or its metric twin, which load before any web font.
const BUNDLED = /^(SourceSerif4|Inter|NotoSans(Arabic|Hebrew|Devanagari|JP|SC|TC|KR)|Arial|LiberationSans)/;

/** Compatibility forms folded (Arabic presentation forms, full-width), whitespace dropped. */
const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

test('a brief in nine scripts exports with every character in the text layer and only bundled fonts', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.importFiles(FIXTURE);
  const [brief] = await getAll<Brief>(page, 'briefs');
  const book: Book = {
    id: 'book-scripts', title: 'Nine Capitals', subtitle: '', meeting: '', marking: '', preparedBy: '', preparedFor: '', meetingDate: null,
    entries: [{ kind: 'brief', id: brief!.id, title: '', note: '' }],
    options: { paper: 'A4', annotations: 'none', checklist: false, checklistStatuses: [], sources: false, language: 'en' },
    createdAt: 1, updatedAt: 1,
  };
  await putRecords(page, 'books', [book]);

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/book-scripts`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'nine-scripts.pdf');
  await writeFile(file, result.pdf);
  renderPages(file, path.join(OUT, 'page'), 1, result.pageCount);

  const printed = fold(plainText(file));
  const source = await readFile(path.resolve('tests/fixtures', FIXTURE), 'utf8');
  const paragraphs = source.split('\n').map((l) => l.replace(/^#+\s*/, '')).filter((l) => l.trim() !== '');
  for (const paragraph of paragraphs) {
    // Right-to-left lines may come back with their words in visual order: compare the words.
    const words = paragraph.split(/\s+/).map(fold).filter((w) => w !== '');
    for (const word of words) expect(printed, `"${word}" from: ${paragraph}`).toContain(word.replace(/[.,،。、]$/u, ''));
  }

  // The tagged structure: the cover title is the one H1, and heading levels never skip.
  const { headings, errors } = structHeadings(file);
  expect(errors).toEqual([]);
  expect(headings[0]).toEqual({ level: 1, text: 'Nine Capitals' });
  expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
  expect(headings.find((h) => h.text === 'Harbour Talks Seen From Nine Capitals')?.level).toBe(2);
  expect(headings.find((h) => h.text === 'Japanese')?.level).toBe(3);
  headings.slice(1).forEach((h, i) => expect(h.level, `"${h.text}" after "${headings[i]!.text}"`).toBeLessThanOrEqual(headings[i]!.level + 1));

  // Each block in another language carries its Lang in the structure (the file keeps its objects
  // uncompressed, so the tags can be read as text).
  const raw = Buffer.from(result.pdf).toString('latin1');
  for (const lang of ['el', 'ru', 'ar', 'he', 'hi', 'ja', 'zh-Hans', 'zh-Hant', 'ko']) expect(raw, `Lang ${lang}`).toContain(`/Lang (${lang})`);

  // No marking was chosen, so none is printed.
  expect(plainText(file)).not.toContain('UNCLASSIFIED');

  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, `${font.name} embedded`).toBe(true);
    expect(font.name, 'only bundled fonts').toMatch(BUNDLED);
  }
  for (const family of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansDevanagari', 'NotoSansJP', 'NotoSansSC', 'NotoSansTC', 'NotoSansKR']) {
    expect(fonts.some((f) => f.name.startsWith(family)), `${family} used`).toBe(true);
  }
});
