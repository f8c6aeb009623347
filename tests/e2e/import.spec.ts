// Ways in and what users are told: batches with bad files, duplicates, paste, drop, removed
// lines that can be restored, and the editable topic lexicon.
import { test, expect } from './fixtures.js';

test('a batch with bad files reports each failure by name and reason, and imports the rest', async ({ app, page }) => {
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]) },
    { name: 'notes.xyz', mimeType: 'application/octet-stream', buffer: Buffer.from('hello') },
    { name: 'good.md', mimeType: 'text/markdown', buffer: Buffer.from('# Quay Repairs Resume\n\nThe harbour board approved the repair plan for the northern quay on Tuesday, after months of delay.\n') },
  ]);
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.getByRole('heading')).toContainText('1 imported, 0 updated, 0 duplicate, 3 failed');
  await expect(panel).toContainText('empty.txt: the file is empty');
  await expect(panel).toContainText(/photo\.txt: .*binary/);
  await expect(panel).toContainText(/notes\.xyz: .*/);
  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(1);
  // Moving on folds the report to its summary, so it no longer covers the view; the reasons come back on demand.
  await expect(panel.getByRole('heading')).toContainText('3 failed');
  await expect(panel).not.toContainText('empty.txt: the file is empty');
  await panel.getByRole('button', { name: 'Show details' }).click();
  await expect(panel).toContainText('empty.txt: the file is empty');
  await panel.getByRole('button', { name: 'Hide details' }).press('Escape');
  await expect(panel).toBeHidden();
});

test('in Spanish, the import report gives each refused file its reason in Spanish', async ({ app, page }) => {
  await app.open();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await (await chooser).setFiles([
    { name: 'vacío.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'hoja.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('a,b') },
  ]);
  const panel = page.getByRole('region', { name: 'Importación' });
  await expect(panel).toContainText('vacío.txt: el archivo está vacío');
  await expect(panel).toContainText('hoja.xlsx: los archivos ".xlsx" no se admiten; importe .html');
  await expect(panel).not.toContainText('the file is empty');
});

test('importing the same content again creates no duplicate, and the user is told', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await app.importFiles('e2e/port-authority-talks.md');
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('Already in the library');
  await expect(page.getByRole('status').filter({ hasText: 'already in the library, not imported again' })).toBeVisible();
  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(1);
});

test('pasted HTML and dropped files become briefs', async ({ app, page }) => {
  await app.open();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<h1>Pasted Fisheries Note</h1><p>The fisheries council agreed new quotas for the coming season after a long night of talks.</p>');
    data.setData('text/plain', 'Pasted Fisheries Note');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Pasted Fisheries Note');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Dropped Ferry Timetable\n\nThe ferry operator published a winter timetable with two extra crossings on weekdays.\n'], 'ferry.md', { type: 'text/markdown' }));
    const main = document.querySelector('cy-app-root')!.shadowRoot!.querySelector('main')!;
    main.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true }));
    main.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true }));
  });
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Dropped Ferry Timetable');
});

test('scrape junk is removed, listed, and any removed line can be restored', async ({ app, page }) => {
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([
    {
      name: 'scraped.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        [
          'Harbour Board Approves Quay Repairs',
          'By Tomas Reyes',
          'Share this article',
          'The harbour board approved the repair plan for the northern quay on Tuesday, after months of delay and several tense public hearings.',
          'Work will begin in the spring and the quay should reopen to ferries before the summer season, the board said in a statement.',
          'Leave a Reply',
          'Your email address will not be published. Required fields are marked *',
          'Post Comment',
        ].join('\n'),
      ),
    },
  ]);
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Harbour Board Approves Quay Repairs');
  await expect(page.locator('cy-brief-reader .body')).not.toContainText('Leave a Reply');
  await page.getByText(/Removed \d+ lines?: show/).click();
  const removed = page.getByRole('list', { name: 'Lines removed on import' });
  await expect(removed).toContainText('Share this article');
  await removed.getByRole('button', { name: 'Restore “Leave a Reply”' }).click();
  await expect(page.locator('cy-brief-reader .body')).toContainText('Leave a Reply');
  await expect(page.locator('cy-brief-reader .body')).toContainText('Work will begin in the spring');
});

test('the topic lexicon is visible and editable, and re-tagging applies it to the library', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Trade', { exact: true })).toHaveValue(/tariff\*/);
  await page.getByLabel('New topic').fill('ports');
  await page.getByRole('button', { name: 'Add topic' }).click();
  await page.getByLabel('ports', { exact: true }).fill('port*, inspection*');
  await page.getByLabel('ports', { exact: true }).blur();
  await page.getByRole('button', { name: 'Save lexicon' }).click();
  await page.getByRole('button', { name: 'Re-tag all briefs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 're-tagged' })).toContainText('1 brief re-tagged');
  await app.nav('Library').click();
  await app.briefItem(/Port Authority Talks/).getByRole('link').click();
  await expect(page.getByLabel('Topics', { exact: true })).toContainText('ports');
});
