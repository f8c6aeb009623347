// Density and the reader toolbar's overflow, as a person meets them: Compact chosen in Settings
// makes the library's rows shorter; in Spanish at 1024×768, and where the contents column takes
// room from the text, the reader's toolbar stays one row and what no longer fits is in "More actions", reachable by keyboard.
import { test, expect, type Page } from './fixtures.js';

const rowHeight = async (page: Page) => (await page.getByRole('listitem').first().boundingBox())!.height;

test('Compact density from Settings makes library rows denser', async ({ app, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await app.importFiles('books/meridian-grid-interconnector.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('listitem')).toHaveCount(1);
  const comfortable = await rowHeight(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const density = page.getByLabel('Density');
  await expect(density).toHaveValue('comfortable');
  await density.selectOption({ label: 'Compact' });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('listitem')).toHaveCount(1);
  const compact = await rowHeight(page);
  expect(compact).toBeLessThan(comfortable * 0.8);
  // The row still shows the title and the source at a glance.
  await expect(page.getByRole('listitem').first()).toContainText('Meridian Grid Interconnector');

  // The choice is kept: it is there after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Density')).toHaveValue('compact');
});

test('in Spanish the reader toolbar stays one row and moves what does not fit into More actions', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open();
  await app.importFiles('books/meridian-grid-interconnector.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Biblioteca', exact: true }).click();
  await page.getByRole('listitem').first().getByRole('link').click();

  const toolbar = page.getByRole('toolbar', { name: 'Herramientas de lectura' });
  const more = toolbar.getByRole('button', { name: 'Más acciones' });
  await expect(more).toBeVisible();
  const oneRow = async () => {
    const bar = (await toolbar.boundingBox())!;
    const button = (await more.boundingBox())!;
    // One row: the toolbar is no taller than its tallest control (the reading-tools group).
    expect(bar.height).toBeLessThan(button.height * 1.6);
    expect(bar.x + bar.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  };
  await oneRow();

  await expect(toolbar.getByRole('button', { name: 'Editar texto' })).toBeVisible();
  // Just past 1,100 px the contents column opens beside the text, which leaves the toolbar less
  // room than at 1,024: Edit text moves into the menu, and the bar stays one row.
  await page.setViewportSize({ width: 1101, height: 768 });
  await expect(toolbar.getByRole('button', { name: 'Editar texto' })).toHaveCount(0);
  await oneRow();
  // Mark as read is the last to move; the moved action comes first in the menu, by keyboard.
  await expect(toolbar.getByRole('button', { name: 'Marcar como leída' })).toBeVisible();
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Más acciones' });
  const edit = menu.getByRole('menuitem', { name: 'Editar texto' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Guardar y reanclar' })).toBeVisible();
});
