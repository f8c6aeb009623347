// Journey: a tailored edition of a book. Created by keyboard in the composer's Editions panel, a
// taken name refused, briefs and items ticked out by mouse and keyboard, an extra redaction
// typed; deleted and brought back with Undo; then its print view prints only what it chose, with
// the phrase blocked out, and leads back to the composer.
import { test, expect } from '../fixtures.js';

const FISHERIES = 'Lantern Strait Fisheries Accord Enters Its Final Round';
const GRID = 'Meridian Grid Interconnector Faces Permitting Delays';
const VALLEY = 'Valley Commission Annual Review';
const PHRASE = 'Calder Isles';

test('an edition is made in the composer and its print view holds only what it chose', async ({ app, page }) => {
  test.setTimeout(150_000);
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md', 'books/meridian-grid-interconnector.md', 'books/valley-commission-annual-review.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('button', { name: 'Add all shown' }).click();
  await expect(page.getByRole('list', { name: 'Book contents' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('No editions yet: the book exports whole.')).toBeVisible();

  // By keyboard: type the name, Enter adds it.
  const newName = page.getByRole('textbox', { name: 'New edition name' });
  await newName.click();
  await page.keyboard.type('Press office');
  await page.keyboard.press('Enter');
  const editions = page.getByRole('list', { name: 'Editions' }).getByRole('listitem');
  await expect(editions).toHaveCount(1);
  const edition = editions.first();
  await expect(edition.getByRole('heading', { name: 'Press office' })).toBeVisible();
  await expect(edition.getByText('3 of 3 briefs')).toBeVisible();

  // A second edition with the same name (case aside) is refused, with the reason.
  await newName.click();
  await page.keyboard.type('PRESS OFFICE');
  await page.getByRole('button', { name: 'Add edition' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This book already has an edition with that name.' })).toBeVisible();
  await expect(editions).toHaveCount(1);

  // Out go two briefs (one by mouse, one by Space) and the checklist items (by keyboard).
  await edition.getByRole('checkbox', { name: GRID }).click();
  await edition.getByRole('checkbox', { name: VALLEY }).focus();
  await page.keyboard.press('Space');
  await edition.getByRole('checkbox', { name: 'Checklist items' }).focus();
  await page.keyboard.press('Space');
  await expect(edition.getByText('1 of 3 briefs')).toBeVisible();
  await expect(edition.getByRole('checkbox', { name: FISHERIES })).toBeChecked();
  await expect(edition.getByRole('checkbox', { name: 'Checklist items' })).not.toBeChecked();

  const phrases = edition.getByRole('textbox', { name: 'Extra redactions for this edition (one phrase a line)' });
  await phrases.click();
  await page.keyboard.type(PHRASE);
  await page.keyboard.press('Tab');

  // Deleted, then brought back whole with Undo.
  await edition.getByRole('button', { name: 'Delete edition Press office' }).click();
  await expect(editions).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editions).toHaveCount(1);
  await expect(edition.getByText('1 of 3 briefs')).toBeVisible();
  await expect(phrases).toHaveValue(PHRASE);

  // Its print view: the edition named on the cover, only its brief, the phrase blocked out.
  await edition.getByRole('link', { name: 'Print view of edition Press office' }).click();
  const cover = page.getByRole('region', { name: 'Cover' });
  await expect(cover.getByText('Press office')).toBeVisible();
  await expect(page.getByRole('heading', { name: FISHERIES, level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: GRID })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: VALLEY })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Checklist' })).toHaveCount(0);
  await expect(page.getByText('Listed for this edition').first()).toBeVisible();
  await expect(page.getByText(PHRASE)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('edition-print.png') });

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('list', { name: 'Editions' }).getByRole('heading', { name: 'Press office' })).toBeVisible();
});
