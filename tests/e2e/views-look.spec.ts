// Each main view, with the sample book, looks as it did when the design last changed on purpose
// (`npx playwright test tests/e2e/views-look.spec.ts --update-snapshots=all`, then look at the PNGs).
// The window's clock is fixed, so relative dates ("due in 3 days") read the same on any day.
import { test, expect, type Page } from './fixtures.js';

const NOW = new Date('2031-04-20T09:00:00Z');

async function loadSampleBook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Aldoria–Corvenna Ministerial Visit', { timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: 'Sample book loaded' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
}

/** Fonts in, pointer and focus out of the way, so only the design is compared. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });

    test('library, reader, checklists, inbox, books and settings look as designed', async ({ app, page }) => {
      test.setTimeout(180_000);
      await page.clock.setFixedTime(NOW);
      await app.open();
      await loadSampleBook(page);
      const look = async (name: string) => {
        await settle(page);
        await expect(page).toHaveScreenshot(`${name}-${scheme}.png`, { maxDiffPixelRatio: 0.01 });
      };
      await look('book-composer');

      await app.nav('Library').click();
      await expect(app.briefList().getByRole('listitem')).toHaveCount(4);
      // With the clock fixed, every brief was added at the same moment: sort by something that differs.
      await page.getByLabel('Sort by').selectOption({ label: 'Title' });
      await expect(app.briefList().getByRole('listitem').first()).toContainText('Cooperación');
      await look('library');

      await app.briefItem(/Harbour Corridor Talks/).getByRole('link').click();
      await expect(page.getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem')).toHaveCount(2);
      await look('reader');

      await app.nav('Checklists').click();
      await expect(page.getByRole('combobox', { name: /^Owner of “Pilot the shared electronic window/ })).toBeVisible();
      await look('checklists');

      await app.nav('Inbox').click();
      await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
      await look('inbox');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await look('settings');
    });
  });
}
