// Journey 7: search the library for a word, a word with a typo and a phrase, then open a result by keyboard and
// by mouse and land in the brief at the match.
import { test, expect, type Page } from '../fixtures.js';
import { phraseBox } from '../support/text-geometry.js';
import { ReaderPage } from '../pages/app.js';

const FERRY = 'Coastal Ferry Compact Sets a Joint Timetable';
const FISHERIES = 'Lantern Strait Fisheries Accord Enters Its Final Round';

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const briefResults = (page: Page) => results(page).getByRole('list', { name: 'Brief results' });

test('a word, a phrase, then a result opened by keyboard and by mouse lands at the match', async ({ app, page }) => {
  const reader = new ReaderPage(page);
  await app.open();
  await app.importFiles('journeys/coastal-ferry-compact.md', 'books/lantern-strait-fisheries.md', 'books/meridian-grid-interconnector.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  const box = page.getByRole('searchbox', { name: 'Search' });

  // A word, typed into the search box after a click.
  await box.click();
  await page.keyboard.type('ombudsman');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(FERRY);
  await expect(briefResults(page).locator('mark')).toHaveText(['ombudsman']);

  // One letter dropped from a long word still finds it, with the real word marked.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('ombudsmn');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).locator('mark')).toHaveText(['ombudsman']);

  // A phrase finds its words together, in that order only.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('"rescue drill"');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await expect(briefResults(page).getByRole('link')).toContainText(FERRY);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('"drill rescue"');
  await expect(results(page).getByText('Nothing matches “"drill rescue"”.')).toBeVisible();

  // Ctrl+K from anywhere, a word, ArrowDown to the result, Enter to open it.
  await app.nav('Books').click();
  await page.keyboard.press('Control+K');
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('pier');
  await expect(briefResults(page).getByRole('link')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(briefResults(page).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectAtMatch(page, reader, FERRY, 'pier');

  // The mouse: a word from another brief, its result clicked.
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('quota');
  await briefResults(page).getByRole('link', { name: new RegExp(FISHERIES) }).click();
  await expectAtMatch(page, reader, FISHERIES, 'quota');
});

/** The brief is open, find-in-brief holds the word and counts its matches, and the first is on screen. */
async function expectAtMatch(page: Page, reader: ReaderPage, title: string, word: string): Promise<void> {
  await expect(results(page)).toBeHidden();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 }).first()).toHaveText(title);
  const find = page.getByRole('search', { name: 'Find in brief' });
  await expect(find.getByRole('searchbox', { name: 'Find in brief' })).toHaveValue(new RegExp(word, 'i'));
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of \d+$/ })).toHaveText(/^1 of \d+$/);
  await expect(reader.body()).toContainText(word);
  const match = await phraseBox(reader.body(), word);
  const height = page.viewportSize()?.height ?? 720;
  expect(match.first.y, 'the match is on screen').toBeGreaterThan(0);
  expect(match.first.y, 'the match is on screen').toBeLessThan(height);
}
