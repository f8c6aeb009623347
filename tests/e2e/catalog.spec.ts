// The component catalogue: every theme and both languages on one page. It must pass axe, fit the
// window at both sizes without sideways scrolling, and look as it did when the design last
// changed on purpose (update the pictures with `--update-snapshots` when it does).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.js';
import { expectFits } from './support/fit.js';

const THEMES = ['Light', 'Dark', 'Sepia', 'High contrast'];

test('the catalogue shows each theme in English and Spanish with no axe violations', async ({ app, page }) => {
  await app.open('#/catalog');
  await expect(page.getByRole('heading', { name: 'Component catalogue', level: 1 })).toBeVisible();
  for (const theme of THEMES) {
    await expect(page.getByRole('region', { name: `${theme} · English` })).toBeVisible();
    await expect(page.getByRole('region', { name: new RegExp(`· Español$`) }).first()).toBeVisible();
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
});

for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
  test(`at ${width}×${height} nothing scrolls sideways and no control's text is cut`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open('#/catalog');
    await expect(page.getByRole('heading', { name: 'Component catalogue', level: 1 })).toBeVisible();
    await expectFits(page, 'catalogue');
  });
}

for (const [width, height] of [[1024, 768], [1440, 900]] as const) {
  test(`at ${width}×${height} the catalogue looks as it did when the design last changed on purpose`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open('#/catalog');
    await expect(page.getByRole('heading', { name: 'Icons' })).toBeVisible();
    // The app scrolls inside <main>: a window as tall as the catalogue shows all of it in one picture.
    const tall = await page.locator('main').evaluate((main) => main.scrollHeight + main.getBoundingClientRect().top);
    await page.setViewportSize({ width, height: Math.ceil(tall) });
    await expect(page).toHaveScreenshot(`catalog-${width}.png`, { maxDiffPixelRatio: 0.01 });
  });
}

test('the menu button in the catalogue opens, and its menu is keyboard-operable', async ({ app, page }) => {
  await app.open('#/catalog');
  const panel = page.getByRole('region', { name: 'Light · English' });
  await panel.getByRole('button', { name: 'More actions' }).click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Export PDF…', 'Export annotations (Markdown)', 'Delete brief']);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Export annotations (Markdown)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
});
