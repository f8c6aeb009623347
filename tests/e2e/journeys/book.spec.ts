// Journey 6: compose a book from the picker, reorder it by buttons and by Alt+Arrow keys, write a
// note to the reader, find it all after a reload, then open the print view and come back.
import { test, expect } from '../fixtures.js';

const FISHERIES = 'Lantern Strait Fisheries Accord Enters Its Final Round';
const GRID = 'Meridian Grid Interconnector Faces Permitting Delays';
const VALLEY = 'Valley Commission Annual Review';
const NOTE = 'Read the fisheries brief first: quotas set the tone of the visit.';

test('a book is composed and reordered, survives a reload, and the print view leads back to it', async ({ app, page }) => {
  // A long walk through several views; on a busy machine it needs more than the default minute.
  test.setTimeout(120_000);
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md', 'books/meridian-grid-interconnector.md', 'books/valley-commission-annual-review.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();

  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  // Typed key by key, as a person types: every keystroke is saved while the next one arrives.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toHaveValue('Untitled briefing book');
  await title.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Sorrel Sound Visit');
  await expect(page.getByRole('heading', { name: 'Sorrel Sound Visit' })).toBeVisible();

  // Three briefs from the picker, in the order they were clicked.
  const picker = page.getByRole('list', { name: 'Briefs to add' });
  for (const title of [VALLEY, GRID, FISHERIES]) await picker.getByRole('button', { name: `Add ${title}` }).click();
  const entries = page.getByRole('list', { name: 'Book contents' }).getByRole('listitem');
  await expect(entries).toHaveCount(3);
  await expect(picker.getByText('In the book')).toHaveCount(3);

  // The fisheries brief goes to the top: once with its button, once with Alt+ArrowUp.
  await page.getByRole('button', { name: `Move ${FISHERIES} up` }).click();
  await expect(page.getByRole('status').getByText(`${FISHERIES} moved to position 2.`)).toBeVisible();
  await entries.nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(entries.nth(0)).toBeFocused();
  // The valley review goes to the bottom with Alt+ArrowDown.
  await entries.nth(1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expectOrder([FISHERIES, GRID, VALLEY]);

  const why = entries.nth(0).getByRole('textbox', { name: 'Why this matters (note to the reader)' });
  await why.click();
  await page.keyboard.type(NOTE);
  await why.press('Tab');

  // Leaving the book and coming back reads it from the library afresh.
  await page.getByRole('link', { name: /All books/ }).click();
  await page.getByRole('link', { name: 'Sorrel Sound Visit' }).click();
  await expect(why).toHaveValue(NOTE);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sorrel Sound Visit' })).toBeVisible();
  await expectOrder([FISHERIES, GRID, VALLEY]);
  await expect(why).toHaveValue(NOTE);
  await expect(title).toHaveValue('Sorrel Sound Visit');

  // The print view shows the book in that order, with the note.
  await page.getByRole('link', { name: 'Print preview' }).click();
  await expect(page.getByRole('region', { name: 'Cover' })).toContainText('Sorrel Sound Visit');
  // Book title H1, then each brief a level below it (H2 here: this book has no sections).
  const printed = page.getByRole('heading', { level: 2 }).filter({ hasText: /Lantern Strait|Meridian Grid|Valley Commission/ });
  await expect(printed).toHaveText([FISHERIES, GRID, VALLEY]);
  await expect(page.getByText(NOTE)).toBeVisible();

  // Back to the composer by the Back button, and, from a second visit, by Esc.
  const back = page.getByRole('button', { name: 'Back' });
  await expect(back).toBeVisible();
  await back.click();
  await expect(title).toHaveValue('Sorrel Sound Visit');
  await expectOrder([FISHERIES, GRID, VALLEY]);
  await page.getByRole('link', { name: 'Print preview' }).click();
  await expect(printed).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(title).toHaveValue('Sorrel Sound Visit');
  await expectOrder([FISHERIES, GRID, VALLEY]);

  async function expectOrder(titles: string[]): Promise<void> {
    await expect(entries).toHaveCount(titles.length);
    for (const [i, title] of titles.entries()) await expect(entries.nth(i)).toHaveAccessibleName(`Brief: ${title}`);
  }
});
