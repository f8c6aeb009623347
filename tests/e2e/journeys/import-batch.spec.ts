// Journey 2: import a mixed batch through the file chooser, read the report, and open each
// imported brief from its link in the report.
import { test, expect } from '../fixtures.js';
import { FIXTURES } from '../pages/app.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The title each good file's brief carries, by file name.
const GOOD = {
  'article.md': 'Water Sharing Talks Resume on the Silverrun',
  'nota.txt': 'Valdoria y Estmark firman un acuerdo de pesca',
  'article.html': 'Estmark Names New Envoy to Valdoria',
  'report.docx': 'Fisheries Council Briefing for Valdoria',
  'report.pdf': 'Harbour Accord Opens Northern Shipping Lanes',
} as const;

let scratch = '';
test.beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'journeys-import-'));
  await writeFile(path.join(scratch, 'empty.md'), '');
  // A PNG header under a text name: what a mislabelled download looks like.
  await writeFile(path.join(scratch, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]));
});
test.afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

test('a batch of good and bad files: the report names each, and each brief opens from it', async ({ app, page }) => {
  // PDF and Word files are parsed in workers; on a busy machine the batch takes a while.
  test.setTimeout(120_000);
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles([
    ...Object.keys(GOOD).map((name) => path.join(FIXTURES, 'import', name)),
    path.join(scratch, 'empty.md'),
    path.join(scratch, 'picture.txt'),
  ]);

  const report = page.getByRole('region', { name: 'Import' });
  await expect(report.getByRole('heading')).toHaveText('Import finished: 5 imported, 0 updated, 0 duplicate, 2 failed', { timeout: 45_000 });
  const files = report.getByRole('list', { name: 'Files' }).getByRole('listitem');
  await expect(files).toHaveCount(7);
  await expect(files.filter({ hasText: 'Imported' })).toHaveCount(5);
  await expect(files.filter({ hasText: 'Failed' })).toHaveCount(2);
  // Each bad file is named, with the reason in words.
  await expect(files.filter({ hasText: 'empty.md' })).toContainText('empty.md: the file is empty');
  await expect(files.filter({ hasText: 'picture.txt' })).toContainText(/picture\.txt: .*binary/);

  // The report stays up (it has failures), so each brief opens from its link there.
  for (const title of Object.values(GOOD)) {
    await report.getByRole('link', { name: title, exact: true }).click();
    // The brief's own title comes first; a body may have headings of its own.
    await expect(app.article().getByRole('heading', { level: 1 }).first()).toHaveText(title);
    await expect(report).toBeVisible();
  }

  await app.nav('Library').click();
  await expect(page.getByText('5 briefs', { exact: true })).toBeVisible();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(5);
});
