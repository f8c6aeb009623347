// Pictures in an exported book: a brief imported from a Word file with an embedded picture and one
// from a web page with a written-in picture, a caption and a remote picture are put in a book and
// exported through the PDF service. The PDF holds both pictures (pdfimages), each tagged as a
// Figure with its alt text, the caption printed under its picture, and the remote picture's alt
// text with its note; nothing was fetched (the fixture's network guard).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from './fixtures.js';
import { getAll } from './support/idb.js';
import { plainText, renderPages, structErrors, structNodes, structTree } from './support/pdf-tools.js';
import { makeDocxWithImage, makePng } from '../support/image-files.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book } from '../../renderer/src/domain/types.js';

const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-images');
const WORDS = 'The fictional harbour board of Kessel set out how the northern quay will be shared between ferries and cargo ships this season.';

let scratch = '';
test.beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'pdf-images-'));
  await writeFile(path.join(scratch, 'quay.docx'), makeDocxWithImage({ title: 'Northern Quay Allocation', paragraphs: [WORDS, WORDS], alt: 'Map of the quay berths', png: makePng(240, 120) }));
  await writeFile(
    path.join(scratch, 'ferries.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry Berths for the Summer</title></head><body><article>
<h1>Ferry Berths for the Summer</h1><p>${WORDS} ${WORDS}</p>
<figure><img src="data:image/png;base64,${makePng(200, 100).toString('base64')}" alt="Timetable chart"><figcaption>Departures by hour, June to August</figcaption></figure>
<p>${WORDS}</p><p><img src="https://images.example.org/terminal.jpg" alt="The ferry terminal at dawn"></p><p>${WORDS}</p></article></body></html>`,
  );
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** `pdfimages -list`: one row per image drawn, with its size in pixels. */
function pdfImages(file: string): { width: number; height: number; type: string }[] {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out.split('\n').slice(2).flatMap((line) => {
    const cols = line.trim().split(/\s+/);
    return cols.length > 5 ? [{ type: cols[2]!, width: Number(cols[3]), height: Number(cols[4]) }] : [];
  });
}

test('an exported book prints its pictures, tagged as figures with alt text, captions under them', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await app.importFiles(path.join(scratch, 'quay.docx'), path.join(scratch, 'ferries.html'));
  await app.closeImportReport();

  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Quay Visit');
  await page.getByRole('button', { name: 'Add Northern Quay Allocation' }).click();
  await page.getByRole('button', { name: 'Add Ferry Berths for the Summer' }).click();
  await expect.poll(async () => (await getAll<Book>(page, 'books')).map((b) => b.entries.length)).toEqual([2]);
  const [book] = await getAll<Book>(page, 'books');

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/${encodeURIComponent(book!.id)}`);
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'images.pdf');
  await writeFile(file, result.pdf);
  renderPages(file, path.join(OUT, 'page'), 1, result.pageCount);

  // Both stored pictures are drawn at the size they were stored; the remote one is not there.
  const images = pdfImages(file).filter((i) => i.type === 'image');
  expect(images.map((i) => `${i.width}x${i.height}`).sort()).toEqual(['200x100', '240x120']);

  // Each picture is a Figure with its alt text; the tree has nothing Poppler complains about.
  expect(structErrors(file)).toEqual([]);
  const nodes = structNodes(structTree(await PDFDocument.load(result.pdf, { updateMetadata: false })).roots);
  const figures = nodes.filter(({ node }) => node.type === 'Figure').map(({ node }) => node.alt);
  expect(figures).toEqual(expect.arrayContaining(['Map of the quay berths', 'Timetable chart']));

  // The caption is printed; the remote picture prints as its alt text with the note.
  const text = plainText(file).replace(/\s+/g, ' ');
  expect(text).toContain('Departures by hour, June to August');
  expect(text).toMatch(/Picture not included .* its description: The ferry terminal at dawn/);
});
