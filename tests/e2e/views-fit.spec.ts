// Every view, with the sample book loaded, fits the window at 1024×768 and 1440×900 in English and
// Spanish: nothing scrolls sideways and no button, field, select or label cuts its text. The
// reader fits down to 800 px wide. (The catalogue has its own check in catalog.spec.ts.)
import { test, expect, type Page } from './fixtures.js';
import { expectFits } from './support/fit.js';

const NAMES = {
  English: { main: 'Main', settings: 'Settings', library: 'Library', checklists: 'Checklists', inbox: 'Inbox', books: 'Books', briefs: 'Briefs', import: 'Import', region: 'Import', close: 'Close', open: 'Open' },
  Español: { main: 'Principal', settings: 'Configuración', library: 'Biblioteca', checklists: 'Listas de seguimiento', inbox: 'Bandeja', books: 'Carpetas', briefs: 'Fichas', import: 'Importar', region: 'Importación', close: 'Cerrar', open: 'Abrir' },
} as const;
const SIZES = [[1024, 768], [1440, 900]] as const;

async function loadSampleBook(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Aldoria–Corvenna Ministerial Visit', { timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: 'Sample book loaded' }).getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
}

for (const language of ['English', 'Español'] as const) {
  test(`in ${language}, every view fits 1024×768 and 1440×900 and the reader fits 800 px`, async ({ app, page }) => {
    test.setTimeout(180_000);
    const names = NAMES[language];
    await page.setViewportSize({ width: 1440, height: 900 });
    await app.open();
    await loadSampleBook(page);
    const nav = (name: string) => page.getByRole('navigation', { name: names.main }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: language });
    await expect(page.getByRole('heading', { name: names.settings, level: 1 })).toBeVisible();

    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await nav(names.settings).click();
      await expect(page.getByRole('heading', { name: names.settings, level: 1 })).toBeVisible();
      await expectFits(page, 'settings');

      await nav(names.library).click();
      await expect(page.getByRole('list', { name: names.briefs }).getByRole('listitem')).toHaveCount(4);
      await expectFits(page, 'library');

      await page.getByRole('link', { name: /Harbour Corridor Talks/ }).click();
      await expect(page.getByRole('article')).toContainText(/\w/);
      await expectFits(page, 'reader');

      await nav(names.checklists).click();
      await expect(page.getByRole('heading', { name: names.checklists, exact: true })).toBeVisible();
      await expectFits(page, 'checklists');

      await nav(names.inbox).click();
      await expect(page.getByRole('heading', { name: names.inbox, level: 1 })).toBeVisible();
      await expectFits(page, 'inbox');

      await nav(names.books).click();
      await page.getByRole('link', { name: /Aldoria–Corvenna Ministerial Visit/ }).click();
      await expect(page.getByRole('button', { name: /PDF/ }).first()).toBeVisible();
      await expectFits(page, 'book composer');
    }

    // The report after importing files through the file chooser, at both sizes.
    await nav(names.library).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: names.import, exact: true }).click();
    await (await chooser).setFiles(['tests/fixtures/e2e/port-authority-talks.md', 'tests/fixtures/e2e/north-gate-follow-up.md']);
    const report = page.getByRole('region', { name: names.region });
    await expect(report.getByRole('heading')).toContainText(/\b2\b/);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expectFits(page, 'import report');
    }
    await report.getByRole('button', { name: names.close }).click();

    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByRole('link', { name: /Harbour Corridor Talks/ }).click();
    await expect(page.getByRole('article')).toContainText(/\w/);
    await expectFits(page, 'reader');
  });
}
