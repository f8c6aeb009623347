// Journey: pictures that came inside a file. A Word document with an embedded picture and a saved
// web page with a picture written into it (and one that lives on a web server) are imported
// through the file chooser; the reader shows the kept pictures with their alt text and caption,
// still after a reload, and the remote one as its alt text with a note, without ever asking the
// network for it; a damaged one that was in the file has a note of its own. The Edit text preview
// shows the stored pictures as the reader does. Screenshots in light and dark, English and Spanish, for a person to look at.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures.js';
import { makeDocxWithImage, makePdfWithImage, makePng } from '../../support/image-files.js';

const SHOTS = 'test-results/journeys/images';
const WORDS = 'The fictional harbour board of Kessel set out how the northern quay will be shared between ferries and cargo ships this season.';
const DOCX_TITLE = 'Northern Quay Allocation';
const HTML_TITLE = 'Ferry Berths for the Summer';
const REMOTE = 'https://images.example.org/ferry-terminal.jpg';

let scratch = '';
test.beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'journeys-images-'));
  const docx = makeDocxWithImage({ title: DOCX_TITLE, paragraphs: [WORDS, `${WORDS} Cargo ships keep the outer berths.`], alt: 'Map of the quay berths', png: makePng(240, 120) });
  await writeFile(path.join(scratch, 'quay.docx'), docx);
  await writeFile(path.join(scratch, 'tides.pdf'), await makePdfWithImage('Tide Windows at the Outer Berths', [WORDS, `${WORDS} Pilots board two hours before high water.`], makePng(160, 80)));
  const png = makePng(200, 100).toString('base64');
  // A PNG signature followed by garbage: inside the file, but damaged.
  const damaged = Buffer.concat([makePng(20, 20).subarray(0, 8), Buffer.from('garbage, not a header; garbage, not a header')]).toString('base64');
  await writeFile(
    path.join(scratch, 'ferries.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HTML_TITLE}</title></head><body><article>
<h1>${HTML_TITLE}</h1><p>${WORDS} ${WORDS}</p>
<figure><img src="data:image/png;base64,${png}" alt="Timetable chart"><figcaption>Departures by hour, June to August</figcaption></figure>
<p>${WORDS}</p><p><img src="${REMOTE}" alt="The ferry terminal at dawn"></p><p>${WORDS} ${WORDS}</p>
<p><img src="data:image/png;base64,${damaged}" alt="Damaged berth chart"></p><p>${WORDS}</p></article></body></html>`,
  );
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

test('pictures inside a Word file and a web page are kept and shown; a remote one is never fetched', async ({ app, page }) => {
  test.setTimeout(120_000);
  const imageRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image' && !request.url().startsWith('blob:')) imageRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.importAndOpen(path.join(scratch, 'quay.docx'), new RegExp(DOCX_TITLE));

  const picture = app.article().getByRole('img', { name: 'Map of the quay berths' });
  await expect(picture).toBeVisible();
  // Decoded from the stored bytes at the size the file gave it.
  await expect(picture).toHaveJSProperty('naturalWidth', 240);
  await expect(picture).toHaveJSProperty('complete', true);
  await page.screenshot({ path: `${SHOTS}/docx-light-en.png` });

  // Still there after the app is reloaded: it is stored, not held in memory.
  await page.reload();
  await expect(app.article().getByRole('img', { name: 'Map of the quay berths' })).toHaveJSProperty('naturalWidth', 240);

  // The web page: its written-in picture with its caption, the remote one as alt text with a note.
  await app.importFiles(path.join(scratch, 'ferries.html'));
  await expect(page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('1 imported');
  await app.closeImportReport();
  await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText(HTML_TITLE);
  const figure = app.article().getByRole('figure');
  await expect(figure.first()).toContainText('Departures by hour, June to August');
  await expect(figure.first().getByRole('img', { name: 'Timetable chart' })).toHaveJSProperty('naturalWidth', 200);
  const remote = app.article().getByRole('img', { name: 'The ferry terminal at dawn' });
  await expect(remote).toBeVisible();
  await expect(remote).not.toHaveAttribute('src');
  const noteOf = (scope: ReturnType<typeof app.article>, alt: string) => scope.locator('[data-note]').filter({ has: page.getByRole('img', { name: alt }) });
  await expect(noteOf(app.article(), 'The ferry terminal at dawn')).toHaveAttribute('data-note', /^Picture not included/);
  // The damaged picture was in the file: its note says it was left out, not that it was never there.
  await expect(noteOf(app.article(), 'Damaged berth chart')).toHaveAttribute('data-note', /^Picture left out on import \(damaged/);
  await page.screenshot({ path: `${SHOTS}/html-light-en.png` });
  await noteOf(app.article(), 'Damaged berth chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/html-left-out-light-en.png` });

  // Edit text: the preview shows the stored picture and the notes as the reader does.
  await page.getByRole('button', { name: 'Edit text' }).click();
  const preview = page.getByRole('article', { name: 'Preview' });
  await expect(preview.getByRole('img', { name: 'Timetable chart' })).toHaveJSProperty('naturalWidth', 200);
  await expect(noteOf(preview, 'Damaged berth chart')).toHaveAttribute('data-note', /^Picture left out on import/);
  await expect(noteOf(preview, 'The ferry terminal at dawn')).toHaveAttribute('data-note', /^Picture not included/);
  await page.screenshot({ path: `${SHOTS}/editor-light-en.png` });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/html-light-en-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });

  // A PDF: the picture its page paints follows its text (PDFs seldom give alt text: the page is named).
  await app.importFiles(path.join(scratch, 'tides.pdf'));
  await expect(page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('1 imported');
  await app.closeImportReport();
  await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText('Tide Windows at the Outer Berths');
  await expect(app.article().getByRole('img', { name: 'Picture from page 1' })).toHaveJSProperty('naturalWidth', 160);
  await page.screenshot({ path: `${SHOTS}/pdf-light-en.png` });
  await page.goBack();
  await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText(HTML_TITLE);

  // Dark and Spanish: the note speaks the interface's language.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Dark' });
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
  await page.goBack();
  await expect(app.article().getByRole('img', { name: 'Timetable chart' })).toHaveJSProperty('naturalWidth', 200);
  await expect(noteOf(app.article(), 'The ferry terminal at dawn')).toHaveAttribute('data-note', /^Imagen no incluida/);
  await expect(noteOf(app.article(), 'Damaged berth chart')).toHaveAttribute('data-note', /^Imagen descartada al importar/);
  await page.screenshot({ path: `${SHOTS}/html-dark-es.png` });
  await noteOf(app.article(), 'Damaged berth chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/html-left-out-dark-es.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/html-dark-es-1440.png` });

  expect(imageRequests, 'image requests that did not come from a stored picture').toEqual([]);
});
