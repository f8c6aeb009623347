// A screen reader can follow the exported book: a brief with headings, nested and numbered
// lists, a table, emphasis and a link is composed into a Spanish book under a section, from an
// English UI, and exported through the PDF service. The structure tree is then walked: the cover
// title is the one H1, heading levels never skip, every list item has a body, the table has
// header cells, every type is a standard one, every block states its language, and
// Poppler has nothing to complain about.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from './fixtures.js';
import { getAll } from './support/idb.js';
import { renderPages, structErrors, structHeadings, structNodes, structTree } from './support/pdf-tools.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book } from '../../renderer/src/domain/types.js';

const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-structure');
const BRIEF = 'Harbour Pilotage Rules Move to a Shared Register';
const BOOK = 'Calder Sound Visit';
const SECTION = 'Ports';
/** Block-level structure types: each must say which language it is in. */
const BLOCKS = /^(Document|Part|Art|Sect|Div|BlockQuote|Caption|P|H[1-6]?|L|LI|Lbl|LBody|Table|TR|TH|TD|THead|TBody|TFoot|Figure|Note)$/;

test('an exported book has a structure a screen reader can follow', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.importFiles('print/harbour-pilotage.md');
  await app.closeImportReport();

  // Composed as a person does: a Spanish book with a section holding the brief.
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByLabel('Title', { exact: true }).fill(BOOK);
  await page.getByRole('combobox', { name: 'Book language' }).selectOption('es');
  await page.getByRole('button', { name: `Add ${BRIEF}` }).click();
  await page.getByRole('button', { name: 'Add section divider' }).click();
  const entries = page.getByRole('list', { name: 'Book contents' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await entries.nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(entries.nth(0)).toHaveAccessibleName('Section: New section');
  await entries.nth(0).getByLabel('Section title').fill(SECTION);
  await expect
    .poll(async () => (await getAll<Book>(page, 'books')).map((b) => [b.title, b.options.language, b.entries.map((e) => e.kind).join(), b.entries[0]?.title]))
    .toEqual([[BOOK, 'es', 'section,brief', SECTION]]);
  const [book] = await getAll<Book>(page, 'books');

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/${encodeURIComponent(book!.id)}`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'structure.pdf');
  await writeFile(file, result.pdf);
  renderPages(file, path.join(OUT, 'page'), 1, result.pageCount);

  // Poppler reads the whole tree without a complaint (no "wrong type", no broken references).
  expect(structErrors(file)).toEqual([]);

  // Headings: the cover title is the one H1, then section H2, brief H3, body H4 and H5; no level skipped.
  const { headings } = structHeadings(file);
  expect(headings[0]).toEqual({ level: 1, text: BOOK });
  expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
  expect(headings.find((h) => h.text === SECTION)?.level).toBe(2);
  expect(headings.find((h) => h.text === BRIEF)?.level).toBe(3);
  expect(headings.find((h) => h.text === 'What the register changes')?.level).toBe(4);
  expect(headings.find((h) => h.text === 'Steps before it takes effect')?.level).toBe(5);
  headings.slice(1).forEach((h, i) => expect(h.level, `"${h.text}" after "${headings[i]!.text}"`).toBeLessThanOrEqual(headings[i]!.level + 1));

  const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
  const tree = structTree(doc);
  const nodes = structNodes(tree.roots);
  const ofType = (type: string) => nodes.filter(({ node }) => node.type === type).map(({ node }) => node);

  // The document's language is the book's, on the catalog and the top element.
  expect(tree.lang).toBe('es');
  expect(tree.roots[0]?.lang).toBe('es');
  // Every block states its language; the English brief's blocks say English inside the Spanish book.
  for (const { node } of nodes.filter(({ node }) => BLOCKS.test(node.type))) expect(node.lang, `${node.type} has a Lang`).toBeTruthy();
  expect(ofType('H3').map((h) => h.lang)).toContain('en');

  // Lists: the contents list, the bulleted list with its nested list and the numbered list; every item
  // has one body, numbers are labels beside it, and the nested list sits inside its item's body.
  const items = ofType('LI');
  expect(items.length).toBeGreaterThanOrEqual(10);
  for (const li of items) {
    expect(li.kids.filter((k) => k.type === 'LBody'), 'one LBody per LI').toHaveLength(1);
    expect(li.kids.every((k) => k.type === 'Lbl' || k.type === 'LBody'), 'LI holds only Lbl and LBody').toBe(true);
  }
  expect(items.filter((li) => li.kids.some((k) => k.type === 'Lbl')).length).toBeGreaterThanOrEqual(3);
  const nested = nodes.filter(({ node, parent }) => node.type === 'L' && parent?.type === 'LBody');
  expect(nested).toHaveLength(1);

  // Tables have header cells.
  const tables = ofType('Table');
  expect(tables.length).toBeGreaterThanOrEqual(1);
  for (const table of tables) expect(structNodes([table]).filter(({ node }) => node.type === 'TH').length, 'TH in table').toBeGreaterThan(0);

  // Only standard types are left once the RoleMap is applied (emphasis is written as Em and Strong).
  const standard = /^(Document|Part|Art|Sect|Div|BlockQuote|Caption|TOC|TOCI|Index|NonStruct|Private|P|H[1-6]?|L|LI|Lbl|LBody|Table|TR|TH|TD|THead|TBody|TFoot|Span|Quote|Note|Reference|BibEntry|Code|Link|Annot|Ruby|RB|RT|RP|Warichu|WT|WP|Figure|Formula|Form)$/;
  for (const { node } of nodes) expect(node.type, `${node.written} resolves to a standard type`).toMatch(standard);
  expect(nodes.filter(({ node }) => /^(Em|Strong)$/.test(node.written)).map(({ node }) => node.type)).toEqual(['Span', 'Span']);
  // The link is tagged as one.
  expect(ofType('Link').length).toBeGreaterThan(0);
});
