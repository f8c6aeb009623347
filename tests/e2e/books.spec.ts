// The book composer: create, fill the cover, add briefs from the picker, group them under a
// section, reorder by keyboard and buttons, and delete with undo.
import { test, expect } from './fixtures.js';
import { getAll } from './support/idb.js';
import type { Book } from '../../renderer/src/domain/types.js';

const FISHERIES = 'Lantern Strait Fisheries Accord Enters Its Final Round';
const GRID = 'Meridian Grid Interconnector Faces Permitting Delays';

test('the Books view explains itself when empty and offers to create a book', async ({ app, page }) => {
  await app.open('#/books');
  await expect(page.getByRole('heading', { name: 'No briefing books yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New book' }).click();
  await expect(page.getByRole('heading', { name: 'Untitled briefing book' })).toBeVisible();
  await expect(page.getByText('No briefs yet. Add briefs from the library below.')).toBeVisible();
  await expect(page.getByText('The library is empty: import briefs first.')).toBeVisible();
});

test('a book is composed, reordered by keyboard, and deleted with undo', async ({ app, page }) => {
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md', 'books/meridian-grid-interconnector.md', 'books/valley-commission-annual-review.md');
  // Closed now, while it surely shows (a clean report hides itself after a few seconds), so it covers nothing later.
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();

  await page.getByLabel('Title', { exact: true }).fill('Orrin Bay Ministerial');
  await page.getByLabel('Meeting or trip').fill('Ministerial visit to Orrin Bay');
  await page.getByLabel('Prepared by').fill('Policy Planning Staff');
  await page.getByLabel('Handling marking').fill('FOR OFFICIAL USE ONLY');
  await page.getByLabel('Annotations').selectOption('highlights');
  await expect(page.getByRole('heading', { name: 'Orrin Bay Ministerial' })).toBeVisible();

  await page.getByLabel('Search the library for briefs').fill('strait');
  const picker = page.getByRole('list', { name: 'Briefs to add' });
  await expect(picker.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: `Add ${FISHERIES}` }).click();
  await page.getByLabel('Search the library for briefs').fill('');
  await page.getByRole('button', { name: `Add ${GRID}` }).click();
  await page.getByRole('button', { name: 'Add section divider' }).click();

  const entries = page.getByRole('list', { name: 'Book contents' }).getByRole('listitem');
  await expect(entries).toHaveCount(3);
  // The divider goes first: focus it and press Alt+ArrowUp twice.
  await entries.nth(2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(entries.nth(0)).toHaveAccessibleName('Section: New section');
  await expect(entries.nth(0)).toBeFocused();
  await entries.nth(0).getByLabel('Section title').fill('Fisheries & Energy');
  await page.getByRole('button', { name: `Move ${GRID} up` }).click();
  await expect(entries.nth(1)).toHaveAccessibleName(`Brief: ${GRID}`);
  await entries.nth(2).getByLabel('Why this matters (note to the reader)').fill('Quotas set the tone of the visit.');

  await expect
    .poll(async () => (await getAll<Book>(page, 'books'))[0]?.entries.map((e) => [e.kind, e.title, e.note]))
    .toEqual([
      ['section', 'Fisheries & Energy', ''],
      ['brief', GRID, ''],
      ['brief', FISHERIES, 'Quotas set the tone of the visit.'],
    ]);
  const [stored] = await getAll<Book>(page, 'books');
  expect(stored).toMatchObject({ marking: 'FOR OFFICIAL USE ONLY', preparedBy: 'Policy Planning Staff', options: { annotations: 'highlights' } });
  // The view scrolls inside <main>: a tall window shows all of it for a person to look at.
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.screenshot({ path: 'test-results/books/composer.png' });

  await page.getByRole('link', { name: /All books/ }).click();
  await page.getByRole('button', { name: 'Duplicate Orrin Bay Ministerial' }).click();
  const list = page.getByRole('list', { name: 'Books' }).getByRole('listitem');
  await expect(list).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete Orrin Bay Ministerial (copy)' }).click();
  await expect(list).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Orrin Bay Ministerial (copy)' })).toBeVisible();
});
