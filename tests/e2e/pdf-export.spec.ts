// The briefing book as a principal receives it: composed from imported briefs, annotated in the
// reader, exported through the same PDF service the desktop app uses (Chromium print session),
// then read back with poppler: pages, markings, contents numbers, notes, checklist, outline,
// tagging and metadata. Hostile text must print as text.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';
import { putRecords, getAll } from './support/idb.js';
import { allPages, pdfInfo, renderPages } from './support/pdf-tools.js';
import { exportBookPdf, type ExportProgress } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book, Brief, ChecklistItem } from '../../renderer/src/domain/types.js';

const OUT = path.resolve('test-results/pdf-export');
const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
const MARKING = `SENSITIVE <b>NOFORN</b> & "ORCON" ${HOSTILE}`;
const TITLES = {
  fisheries: 'Lantern Strait Fisheries Accord Enters Its Final Round',
  grid: 'Meridian Grid Interconnector Faces Permitting Delays',
  valley: 'Valley Commission Annual Review',
};

/** Page text with line breaks and layout spacing folded to single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

function item(id: string, briefId: string, text: string, status: ChecklistItem['status'], owner: string, due: string | null): ChecklistItem {
  const selector = { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: text.length } };
  return {
    id, briefIds: [briefId], text, selector, sources: [{ briefId, selector }], topic: '', status, owner, due,
    priority: 'normal', notes: '', history: [], createdAt: 1, updatedAt: 1,
  };
}

test('a briefing book exports to a tagged PDF with a correct contents page, markings, notes and checklist', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.context().on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md', 'books/meridian-grid-interconnector.md', 'books/valley-commission-annual-review.md');

  // Annotations through the reader: a highlight and a note with hostile text.
  await app.nav('Library').click();
  await app.briefItem(TITLES.fisheries).getByRole('link').click();
  const reader = new ReaderPage(page);
  await reader.highlight('quota sharing for the winter herring run', 'Green');
  await reader.select('joint patrols');
  await page.keyboard.press('n');
  const noteDialog = page.getByRole('dialog', { name: 'Note' });
  await noteDialog.getByLabel('Note (Markdown)').fill(`Ask who boards first ${HOSTILE}`);
  await noteDialog.getByRole('button', { name: 'Save' }).click();
  await expect(reader.marks()).toHaveCount(2);
  // The note is also meant for the principal: it prints on the summary page after the cover.
  await reader.sidebar().getByRole('listitem').filter({ hasText: 'Ask who boards first' }).getByRole('checkbox', { name: 'For the principal' }).click();

  const briefs = await getAll<Brief>(page, 'briefs');
  const id = (title: string) => briefs.find((b) => b.title === title)!.id;
  await putRecords(page, 'recommendations', [
    item('item-1', id(TITLES.fisheries), 'Press for a written boarding protocol', 'open', 'Desk officer', '2032-06-01'),
    item('item-2', id(TITLES.grid), 'Ask lenders to publish tranche conditions', 'blocked', 'Energy attaché', null),
    item('item-3', id(TITLES.grid), 'Item that is done and must not print', 'done', '', null),
  ]);
  const book: Book = {
    id: 'book-e2e',
    title: `Spring Ministerial ${HOSTILE}`,
    subtitle: 'Background for the Orrin Bay visit',
    meeting: `Orrin Bay ministerial <script>x()</script>`,
    marking: MARKING,
    preparedBy: 'Policy Planning Staff',
    preparedFor: 'The Deputy Minister',
    meetingDate: '2032-06-10',
    entries: [
      { kind: 'section', id: 's1', title: 'Fisheries', note: '' },
      { kind: 'brief', id: id(TITLES.fisheries), title: '', note: `Quotas decide the visit's tone. ${HOSTILE}` },
      { kind: 'section', id: 's2', title: 'Energy and Development', note: '' },
      { kind: 'brief', id: id(TITLES.grid), title: '', note: '' },
      { kind: 'brief', id: id(TITLES.valley), title: '', note: '' },
    ],
    options: { paper: 'A4', annotations: 'notes', checklist: true, checklistStatuses: ['open', 'in-progress', 'blocked'], sources: true, language: 'en' },
    createdAt: 1,
    updatedAt: 1,
  };
  await putRecords(page, 'books', [book]);

  const progress: ExportProgress[] = [];
  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/book-e2e`, { onProgress: (p) => progress.push(p) });
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'book.pdf');
  await writeFile(file, result.pdf);

  expect(result.verified).toBe(true);
  // One print: the numbers are written into its empty contents slots, not printed a second time.
  expect(result.passes).toBe(1);
  expect(progress).toEqual([{ phase: 'rendering' }, { phase: 'finishing' }]);

  const info = pdfInfo(file);
  expect(info.Tagged).toBe('yes');
  expect(Number(info.Pages)).toBe(result.pageCount);
  expect(result.pageCount).toBeGreaterThan(8);
  expect(info.Title).toBe(book.title);
  expect(info.Author).toBe('Policy Planning Staff');
  expect(info.Subject).toContain('Background for the Orrin Bay visit');
  expect(info.Keywords ?? '').not.toBe('');
  expect(info.Creator).toBe('Chancery');

  const pages = allPages(file);
  pages.forEach((text, i) => {
    expect(flat(text), `marking on page ${i + 1}`).toContain(flat(MARKING));
    expect(text, `footer on page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
  });

  // The summary for the principal follows the cover: each brief in a line, what is still owed
  // (blocked first, the done item left out) and the note marked for the principal.
  expect(pages[1]).toMatch(/^\s*Summary for the principal\s*$/m);
  const summary = flat(pages[1]!);
  for (const title of Object.values(TITLES)) expect(summary).toContain(title);
  expect(summary).toMatch(/Ask lenders to publish tranche conditions Blocked Energy attaché No date/);
  expect(summary).toMatch(/Press for a written boarding protocol Open Desk officer Jun 1, 2032/);
  expect(summary.indexOf('Ask lenders')).toBeLessThan(summary.indexOf('Press for a written'));
  expect(summary).not.toContain('Item that is done');
  expect(summary).toMatch(/“joint patrols” — Ask who boards first/);

  // Contents, after the summary: every entry's number is the page where its title is printed as a heading.
  const contentsAt = pages.findIndex((text) => /^\s*Contents\s*$/m.test(text));
  expect(contentsAt, 'the contents page follows the summary').toBe(2);
  const contents = pages[contentsAt]!;
  const summaryLine = contents.split('\n').find((l) => l.includes('Summary for the principal'));
  expect(summaryLine, 'contents line for the summary').toMatch(/\s2\s*$/);
  for (const title of [...Object.values(TITLES), 'Fisheries', 'Energy and Development', 'Checklist', 'Sources']) {
    const line = contents.split('\n').find((l) => l.includes(title));
    expect(line, `contents line for ${title}`).toBeDefined();
    const number = Number(/(\d+)\s*$/.exec(line!)?.[1]);
    expect(number, `page number for ${title}`).toBeGreaterThan(contentsAt + 1);
    expect(pages[number - 1], `${title} on page ${number}`).toContain(title);
    expect(pages[number - 2], `${title} starts on page ${number}, not before`).not.toMatch(new RegExp(`^\\s*${title}\\s*$`, 'm'));
  }

  const whole = flat(pages.join('\n'));
  // Line wrapping adds spaces, so literal text is compared without whitespace.
  const squashed = whole.replace(/\s+/g, '');
  const printed = (text: string) => squashed.includes(text.replace(/\s+/g, ''));
  // Hostile text in cover fields and the "why" note is printed literally. An annotation's note is
  // Markdown, printed as the reader shows it: its words, with the hostile tags sanitized away.
  for (const text of [book.title, book.meeting, book.entries[1]!.note]) {
    expect(printed(text), `printed literally: ${text}`).toBe(true);
  }
  expect(printed('Ask who boards first')).toBe(true);
  expect(whole).not.toMatch(/Ask who boards first\s*<img/);
  expect(whole).toMatch(/Notes 1\. “joint patrols” — Ask who boards first/);
  expect(whole).toMatch(/joint patrols 1, but disagree/);
  // Checklist: open and blocked items with status, owner and source; done items left out.
  expect(whole).toMatch(/Press for a written boarding protocol Open Desk officer/);
  expect(whole).toMatch(/Ask lenders to publish tranche.{0,30}Blocked/);
  expect(printed('Item that is done')).toBe(false);
  // Sources appendix: each brief in Chicago author–date style, closed by its content hash.
  for (const b of briefs) expect(printed(b.contentHash), `hash of ${b.title}`).toBe(true);
  expect(printed('Vayle, Tomasz. 2032. “Lantern Strait Fisheries Accord Enters Its Final Round.” The Quayside Courier (fictional), May 2, 2032.')).toBe(true);

  const doc = await getDocument({ data: result.pdf.slice(), verbosity: 0 }).promise;
  const outline = (await doc.getOutline()) ?? [];
  const outlineTitles = JSON.stringify(outline, ['title', 'items']);
  for (const title of Object.values(TITLES)) expect(outlineTitles).toContain(title);
  await doc.destroy();

  expect(dialogs).toEqual([]);
  renderPages(file, path.join(OUT, 'page'), 1, Math.min(pages.length, 14));
});

test('Export PDF on one open brief prints it alone through the same service', async ({ app, page, baseURL }) => {
  await app.open();
  await app.importFiles('books/meridian-grid-interconnector.md');
  const [only] = await getAll<Brief>(page, 'briefs');
  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/brief:${only!.id}`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'single.pdf');
  await writeFile(file, result.pdf);
  const pages = allPages(file);
  expect(result.verified).toBe(true);
  expect(pdfInfo(file).Title).toBe(TITLES.grid);
  expect(pages[1]).toMatch(new RegExp(`${TITLES.grid}\\s+3`));
  expect(flat(pages[2]!)).toContain(TITLES.grid);
  expect(pages.join('\n')).not.toContain('Checklist');
  // A single brief needs no summary of itself.
  expect(pages.join('\n')).not.toContain('Summary for the principal');
  // No marking was chosen in Settings, so none is printed.
  pages.forEach((text) => expect(text).not.toContain('UNCLASSIFIED'));
});

test('in the browser preview the print view opens the print dialog once ready, and says when a book is missing', async ({ app, page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md');
  const [only] = await getAll<Brief>(page, 'briefs');
  await page.goto(`./#/print/book/brief:${only!.id}?autoprint=1`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await page.goto('./#/print/book/no-such-book');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('This book is not in the library.');
  await expect(page.locator('html[data-print-ready="missing"]')).toHaveCount(1);
});
