// True redaction, proved on the exported PDF: a phrase redacted in the reader (an annotation), one
// matched by a Settings rule, one by a pattern and one given for a single export (as the CLI's
// --redact-file does) can be read nowhere in the file — not in its text, document information,
// XMP, outline, link targets or tags — while the blocks and the log say what was taken and why.
// The negative control proves the checker would catch a black box drawn over live text.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';
import { getAll, putRecords } from './support/idb.js';
import { allPages, pdfInfo, renderPages } from './support/pdf-tools.js';
import { findLeaks } from './support/pdf-leaks.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book, Brief, ChecklistItem } from '../../renderer/src/domain/types.js';

const OUT = path.resolve('test-results/pdf-redaction');
const FROM_READER = 'Calder Wharf';
const FROM_RULE = 'Ines Varro';
const FROM_PATTERN = 'FQ-3318';
const FOR_EXPORT = 'Orsolya Brandt';
const SECRETS = [FROM_READER, FROM_RULE, FROM_PATTERN, FOR_EXPORT];
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('redacted words are nowhere in the exported PDF; blocks and a log say what was redacted and why', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await putRecords(page, 'settings', [
    { key: 'redactionRules', value: [{ reason: 'Named source', phrases: [FROM_RULE], patterns: ['\\bFQ-\\d{4}\\b'] }] },
    { key: 'markingChosen', value: true },
  ]);
  await page.reload();
  await app.importFiles('redaction/fennick-quarry-talks.md');
  await app.closeImportReport();
  await app.nav('Library').click();
  await app.briefItem(/Fennick Quarry/).getByRole('link').click();
  const reader = new ReaderPage(page);

  // In the reader: redact by mouse, and a note (printed as an endnote) that names the same words.
  await reader.select(FROM_READER);
  await reader.selectionToolbar().getByRole('button', { name: 'Redact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redact the selection' });
  await dialog.getByRole('radio', { name: 'Protects a source' }).check();
  await dialog.getByRole('button', { name: 'Redact' }).click();
  await expect(reader.sidebar().getByText('Redacted: Protects a source')).toBeVisible();
  await reader.select('the river board wants a');
  await page.keyboard.press('n');
  const note = page.getByRole('dialog', { name: 'Note' });
  await note.getByLabel('Note (Markdown)').fill(`Check ${FROM_READER} with ${FOR_EXPORT} and ${FROM_RULE}`);
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(reader.marks()).toHaveCount(2);

  const [brief] = await getAll<Brief>(page, 'briefs');
  const text = `Reopen the berth at ${FROM_READER} once ${FROM_RULE} signs`;
  const selector = { quote: { exact: text, prefix: '', suffix: '' }, position: { start: 0, end: 10 } };
  const item: ChecklistItem = {
    id: 'item-r', briefIds: [brief!.id], text, selector, sources: [{ briefId: brief!.id, selector }], topic: '', status: 'open',
    owner: FOR_EXPORT, due: null, priority: 'normal', notes: '', history: [], createdAt: 1, updatedAt: 1,
  };
  await putRecords(page, 'recommendations', [item]);
  const book: Book = {
    id: 'book-redaction', title: `Visit of ${FROM_RULE}`, subtitle: `Berths and ${FROM_READER}`, meeting: `With ${FOR_EXPORT}`,
    marking: '', preparedBy: 'Valley desk', preparedFor: '', meetingDate: null,
    entries: [{ kind: 'brief', id: brief!.id, title: '', note: `Read before meeting ${FOR_EXPORT}` }],
    options: { paper: 'A4', annotations: 'notes', checklist: true, checklistStatuses: ['open'], sources: true, language: 'en' },
    createdAt: 1, updatedAt: 1,
  };
  await putRecords(page, 'books', [book]);

  const session = playwrightPrintSession(page.context(), [FOR_EXPORT]);
  const result = await exportBookPdf(session, `${baseURL}#/print/book/book-redaction`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'redacted.pdf');
  await writeFile(file, result.pdf);

  expect(await findLeaks(file, SECRETS)).toEqual([]);
  // What was around them is still there, so the check reads a real book, not an empty one.
  const pages = allPages(file);
  const whole = flat(pages.join('\n'));
  expect(whole).toContain('Fennick Quarry Talks Reach the Berth Question');
  expect(whole).toContain('the old berth at');
  expect(whole).toMatch(/the old berth at\s*\[Redacted 1: Protects a source\]\s*reopened/);
  expect(whole).toMatch(/\[Redacted \d: Named source\]/);
  // The sources appendix leaves out the hash of the brief's whole, unredacted text.
  expect(whole).toContain('Fennick Quarry Talks Reach the Berth Question.');
  expect(whole.replace(/\s+/g, '')).not.toContain(brief!.contentHash);
  expect(pdfInfo(file).Title).toMatch(/^Visit of █+ \[Redacted: Named source\]$/);
  // The log is the last page: every redaction with where and why, none with its words.
  const log = flat(pages.at(-1)!);
  expect(log).toContain('Redaction log');
  // Table cells wrap in the text layer, so each row is checked by its parts.
  for (const part of ['Book details', 'Checklist', 'Named source', 'Protects a source', 'Listed for this export']) {
    expect(log, part).toContain(part);
  }
  expect(log).toMatch(/Berth Question: text,( Protects a source)? redaction 1/);
  renderPages(file, path.join(OUT, 'page'), 1, pages.length);

  // Negative control: the same words under a black box drawn over live text are found.
  const control = await page.context().newPage();
  await control.setContent(`<!doctype html><html lang="en"><head><title>Control</title></head><body>
    <h1>Meeting <span style="position:relative">${FROM_RULE}<span style="position:absolute;inset:0;background:#000"></span></span></h1>
    <p>The old berth at <span style="position:relative">${FROM_READER}<span style="position:absolute;inset:0;background:#000"></span></span> reopened.</p>
  </body></html>`);
  const drawn = path.join(OUT, 'drawn-over.pdf');
  await writeFile(drawn, await control.pdf({ tagged: true, outline: true, printBackground: true }));
  await control.close();
  const leaks = await findLeaks(drawn, [FROM_RULE, FROM_READER]);
  expect(leaks).toEqual(expect.arrayContaining([
    { phrase: FROM_RULE, place: 'text' }, { phrase: FROM_RULE, place: 'outline' }, { phrase: FROM_RULE, place: 'structure' },
    { phrase: FROM_READER, place: 'text' }, { phrase: FROM_READER, place: 'structure' },
  ]));
  renderPages(drawn, path.join(OUT, 'drawn'), 1, 1);
});
