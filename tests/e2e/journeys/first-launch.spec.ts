// Journey 1: a first launch. The empty library says what it is for, the sample book loads, the
// import report gives its figures only once every file is in, and a brief opens to its text.
import { test, expect } from '../fixtures.js';

test('a new user reads the empty library, loads the sample book, and opens a brief', async ({ app, page }) => {
  await app.open();

  // The empty library explains itself and offers both ways in.
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByText(/Import articles and reports \(HTML, Markdown, text, PDF, Word\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import files…' })).toBeVisible();
  await page.getByRole('button', { name: 'Load sample book' }).click();

  // The report as it reads at each moment while the sample loads (its heading and each file's
  // status, read together). Whenever the heading says "finished", every file must be in and
  // counted. (Soft, so the rest of the journey still runs.)
  const report = page.getByRole('region', { name: 'Import' });
  const premature: string[] = [];
  await expect
    .poll(async () => {
      const text = ((await report.textContent({ timeout: 1000 }).catch(() => null)) ?? '').replace(/\s+/g, ' ');
      const finished = text.includes('Import finished');
      if (finished && (!text.includes('4 imported') || /Waiting|Importing…/.test(text))) premature.push(text);
      return finished && text.includes('4 imported');
    }, { intervals: [10], timeout: 60_000 })
    .toBe(true);
  expect.soft(premature, 'reports that said "Import finished" while files were still importing').toEqual([]);
  await expect(report.getByRole('heading')).toHaveText('Import finished: 4 imported, 0 updated, 0 duplicate, 0 failed');
  await expect(report.getByRole('list', { name: 'Files' }).getByRole('listitem')).toHaveCount(4);
  await expect(report.getByRole('list', { name: 'Files' }).getByText('Imported', { exact: true })).toHaveCount(4);
  await expect(page.getByRole('status').filter({ hasText: 'Sample book loaded' })).toBeVisible({ timeout: 60_000 });

  // The library agrees with the report.
  await app.nav('Library').click();
  await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await expect(page.getByText('4 briefs', { exact: true })).toBeVisible();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(4);

  // A brief opens to its title and its text.
  await app.briefItem(/Harbour Corridor Talks/).getByRole('link').click();
  await expect(app.article().getByRole('heading', { level: 1 })).toContainText('Harbour Corridor Talks');
  await expect(page.locator('cy-brief-reader .body')).toContainText('Queues at the main crossing have grown to more than eight hours');
});
