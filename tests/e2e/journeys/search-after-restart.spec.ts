// Journey: briefs imported in one session are found by search in the next. The index is read back
// from the library (and caught up on what changed since it was stored), not lost with the window.
import { test, expect, type Page } from '../fixtures.js';

const FERRY = 'Coastal Ferry Compact Sets a Joint Timetable';
const GRAIN = 'Grain Corridor Talks Agree a Harvest Plan';

const briefResults = (page: Page) => page.getByRole('region', { name: 'Search results' }).getByRole('list', { name: 'Brief results' });

async function search(page: Page, words: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(words);
}

test('words of briefs imported before a restart are found by typing in Search after it', async ({ app, page }) => {
  await app.open();
  await app.importFiles('journeys/coastal-ferry-compact.md', 'journeys/grain-corridor-talks.md');
  await app.closeImportReport();

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await search(page, 'ombudsman');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(FERRY);
  await expect(briefResults(page).locator('mark')).toHaveText(['ombudsman']);
  await search(page, 'barges');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(GRAIN);

  // A second restart, with nothing changed in between, still finds both.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // While the word is being typed its first letters match both briefs: wait for the whole word's one result.
  await search(page, 'inspectors');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(GRAIN);
  await search(page, 'ombudsman');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(FERRY);
});
