import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';

test('suggested items are accepted or dismissed in the reader and tracked in Checklists', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  const suggestions = page.getByRole('list', { name: 'Suggested checklist items' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: /^Accept “Both port authorities should publish/ }).click();
  await page.getByRole('button', { name: /^Dismiss “The customs services should pilot/ }).click();
  await expect(suggestions).toHaveCount(0);
  await page.getByText('Checklist items from this brief (1)').click();
  await expect(page.getByRole('list', { name: 'Checklist items from this brief' }).getByRole('listitem')).toHaveCount(1);

  await app.nav('Checklists').click();
  const owner = page.getByRole('combobox', { name: /^Owner of “Both port authorities/ });
  await owner.fill('Trade desk');
  await owner.press('Tab');
  const due = page.getByRole('textbox', { name: /^Due of “Both port authorities/ });
  await due.fill('Q3 2031');
  await due.press('Tab');
  await expect(due).toHaveValue('2031-09-30');
  await page.getByRole('combobox', { name: /^Status of “Both port authorities/ }).selectOption('in-progress');
  await page.getByText('Notes and history').click();
  await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem')).toHaveText([/Suggested/, /Suggested → Open/, /Open → In progress/]);

  // Reload: everything was stored.
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^Owner of “Both port authorities/ })).toHaveValue('Trade desk');
  await expect(page.getByRole('combobox', { name: /^Status of “Both port authorities/ })).toHaveValue('in-progress');

  // Jump to source: the reader shows the item's marker on its sentence.
  await page.getByRole('link', { name: /Jump to source: Port Authority Talks/ }).click();
  const marker = new ReaderPage(page).body().locator('mark[data-item]');
  await expect(marker).toHaveText('Both port authorities should publish a joint inspection calendar before the harvest season.');
});

test('a dismissed suggestion stays dismissed when a newer version is imported, and an accepted one stays anchored', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await page.getByRole('button', { name: /^Accept “Both port authorities/ }).click();
  await page.getByRole('button', { name: /^Dismiss “The customs services/ }).click();
  await app.importFiles('e2e/port-authority-talks-v2.md');
  await expect(page.getByRole('region', { name: 'Import' })).toContainText('Updated to the newer version');
  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(1);
  await app.briefItem(/Port Authority Talks/).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'Suggested checklist items' })).toHaveCount(0);
  await expect(new ReaderPage(page).body().locator('mark[data-item]')).toHaveText(/^Both port authorities should publish/);
  await expect(app.article()).toContainText('A correction was issued on Monday.');
});

test('the same recommendation in two briefs is merged citing both sources, and the merge can be undone', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md', 'e2e/north-gate-follow-up.md');
  for (const title of [/Port Authority Talks/, /North Gate Follow-up/]) {
    await app.nav('Library').click();
    await app.briefItem(title).getByRole('link').click();
    await page.getByRole('button', { name: /^Accept “The customs services should pilot/ }).click();
  }
  await app.nav('Checklists').click();
  const proposal = page.getByRole('region', { name: 'These items from different briefs recommend the same thing' });
  await expect(proposal.getByRole('listitem')).toHaveCount(2);
  await proposal.getByRole('button', { name: 'Merge 2 items' }).click();
  const item = page.getByRole('row').filter({ has: page.getByRole('textbox', { name: /^Item of “The customs services/ }) });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('link', { name: /Jump to source/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toHaveCount(2);
});

test('the checklist exports as CSV, filtered as on screen', async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await app.nav('Checklists').click();
  await page.getByRole('combobox', { name: /^Status of “The customs services/ }).selectOption('done');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('done');
  await expect(page).toHaveURL(/status=done/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(file, 'utf8');
  expect(csv).toContain('The customs services should pilot a shared risk-scoring model at North Gate.');
  expect(csv).not.toContain('Both port authorities');
});

test("a brief in the Trash takes its items out of Checklists, and Undo brings them back", async ({ app, page }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await new ReaderPage(page).briefAction('Delete brief');
  await app.nav('Checklists').click();
  await expect(page.getByRole('heading', { name: 'No checklist items yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(/Port Authority Talks/);
  await app.nav('Checklists').click();
  await expect(page.getByRole('textbox', { name: /^Item of “/ })).toHaveCount(2);
});
