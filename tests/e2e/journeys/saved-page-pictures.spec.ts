// Journey: a web page saved with its pictures ("Save page as, complete": the page and a "_files"
// folder beside it). A person picks the page and its pictures together in the file chooser, and
// then a whole saved folder through "Import folder…"; the reader shows the pictures the page refers
// to by relative paths, with their alt text and caption; a picture the page names but that was not
// picked stays alt text with a note. Nothing is fetched, and the pictures are not reported as files
// that could not be imported. Screenshots of the import choices in light and dark, English and
// Spanish, at two sizes, for a person to look at.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures.js';
import { makePng } from '../../support/image-files.js';

const SHOTS = 'test-results/journeys/saved-page-pictures';
const WORDS = 'The fictional lock keepers of the Varn canal agreed how barges will queue at the upper gates while the lower chamber is relined this winter.';
const FILES_TITLE = 'Barge Queues at the Upper Gates';
const FOLDER_TITLE = 'Relining the Lower Chamber';

function savedPage(title: string, folder: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="${folder}/style.css"><script src="${folder}/app.js"></script></head><body><article>
<h1>${title}</h1><p>${WORDS} ${WORDS}</p>${body}<p>${WORDS}</p><p>${WORDS} ${WORDS}</p></article></body></html>`;
}

let scratch = '';
test.beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'journeys-saved-page-'));
  // Picked file by file: the page and two of its pictures (one name with a space, written percent-encoded).
  await mkdir(path.join(scratch, 'queues_files'));
  await writeFile(
    path.join(scratch, 'queues.html'),
    savedPage(FILES_TITLE, 'queues_files', `<figure><img src="queues_files/gate%20plan.png" alt="Plan of the upper gates"><figcaption>Waiting berths above the lock</figcaption></figure>
<p>${WORDS}</p><p><img src="./queues_files/queue.png" alt="Barges waiting in line"></p><p>${WORDS}</p>
<p><img src="queues_files/not-picked.png" alt="Lock keeper's hut"></p>`),
  );
  await writeFile(path.join(scratch, 'queues_files', 'gate plan.png'), makePng(220, 110));
  await writeFile(path.join(scratch, 'queues_files', 'queue.png'), makePng(180, 90));
  await writeFile(path.join(scratch, 'queues_files', 'not-picked.png'), makePng(150, 75));
  // A whole saved folder: the page, its pictures in a sub-folder, and the script and style sheet a browser saves too.
  const site = path.join(scratch, 'relining');
  await mkdir(path.join(site, 'chamber_files', 'img'), { recursive: true });
  await writeFile(path.join(site, 'chamber.html'), savedPage(FOLDER_TITLE, 'chamber_files', `<p><img src="chamber_files/img/Chamber.PNG" alt="Section through the lower chamber"></p>`));
  await writeFile(path.join(site, 'chamber_files', 'img', 'Chamber.PNG'), makePng(240, 120));
  await writeFile(path.join(site, 'chamber_files', 'style.css'), 'body { margin: 0 }');
  await writeFile(path.join(site, 'chamber_files', 'app.js'), 'void 0;');
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

test('a saved page keeps the pictures picked with it, file by file or as a folder', async ({ app, page }) => {
  test.setTimeout(120_000);
  const imageRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image' && !request.url().startsWith('blob:')) imageRequests.push(request.url());
  });
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open();
  const report = page.getByRole('region', { name: 'Import' });

  // The page and two of its pictures, picked together in the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([path.join(scratch, 'queues.html'), path.join(scratch, 'queues_files', 'gate plan.png'), path.join(scratch, 'queues_files', 'queue.png')]);
  await expect(report.getByRole('heading')).toContainText('Import finished: 1 imported, 0 updated, 0 duplicate, 0 failed');
  await expect(page).toHaveURL(/#\/brief\//);
  await app.closeImportReport();
  await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText(FILES_TITLE);
  const plan = app.article().getByRole('figure').filter({ has: page.getByRole('img', { name: 'Plan of the upper gates' }) });
  await expect(plan).toContainText('Waiting berths above the lock');
  await expect(plan.getByRole('img', { name: 'Plan of the upper gates' })).toHaveJSProperty('naturalWidth', 220);
  await expect(app.article().getByRole('img', { name: 'Barges waiting in line' })).toHaveJSProperty('naturalWidth', 180);
  // Named by the page but not picked: its alt text stands in, with the note.
  const hut = app.article().getByRole('img', { name: "Lock keeper's hut" });
  await expect(hut).not.toHaveAttribute('src');
  await expect(app.article().locator('[data-note]').filter({ has: page.getByRole('img', { name: "Lock keeper's hut" }) })).toHaveAttribute('data-note', /^Picture not included/);
  await page.screenshot({ path: `${SHOTS}/files-reader-light-en.png` });

  // Kept, not held in memory: still there after a reload.
  await page.reload();
  await expect(app.article().getByRole('img', { name: 'Plan of the upper gates' })).toHaveJSProperty('naturalWidth', 220);

  // A whole saved folder, through the folder choice: the script and style sheet are passed over.
  const folderChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder…' }).click();
  await (await folderChooser).setFiles(path.join(scratch, 'relining'));
  await expect(report.getByRole('heading')).toContainText('Import finished: 1 imported, 0 updated, 0 duplicate, 0 failed');
  await expect(report.getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(/#\/brief\//);
  await app.closeImportReport();
  await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText(FOLDER_TITLE);
  await expect(app.article().getByRole('img', { name: 'Section through the lower chamber' })).toHaveJSProperty('naturalWidth', 240);
  await page.screenshot({ path: `${SHOTS}/folder-reader-light-en.png` });

  // A picture picked on its own, with no page that shows it, is still told it cannot be imported.
  await app.importFiles(path.join(scratch, 'queues_files', 'not-picked.png'));
  await expect(report.getByRole('heading')).toContainText('1 failed');
  await app.closeImportReport();

  expect(imageRequests, 'image requests that did not come from a stored picture').toEqual([]);
});

test('the import choices, in light and dark, English and Spanish', async ({ app, page }) => {
  for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    await app.open();
    await expect(page.getByRole('button', { name: 'Import folder…' }).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/choices-light-en-${width}.png` });
  }
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Dark' });
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Biblioteca', exact: true }).click();
  for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('button', { name: 'Importar directorio…' }).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/choices-dark-es-${width}.png` });
  }
  await page.getByRole('button', { name: 'Configuración' }).click();
  await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Claro' });
  await page.getByRole('button', { name: 'Biblioteca', exact: true }).click();
  await page.screenshot({ path: `${SHOTS}/choices-light-es-1440.png` });
});
