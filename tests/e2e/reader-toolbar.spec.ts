// The reader's toolbar: reading tools in one group, the brief's actions behind "More actions", and
// both menus worked by keyboard alone and by mouse, as the WAI-ARIA menu button pattern has it.
import { test, expect } from './fixtures.js';

const TITLE = 'Meridian Grid Interconnector Faces Permitting Delays';

test('More actions opens by keyboard, arrows reach Delete, Escape closes back onto the button', async ({ app, page }) => {
  await app.open();
  await app.importFiles('books/meridian-grid-interconnector.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Reader tools' });
  const more = toolbar.getByRole('button', { name: 'More actions' });
  const menu = page.getByRole('menu', { name: 'More actions' });

  await more.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Export PDF…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  // ArrowUp opens on the last item: Delete, set apart and marked as dangerous.
  await page.keyboard.press('ArrowUp');
  const remove = menu.getByRole('menuitem', { name: 'Delete brief' });
  await expect(remove).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Export PDF…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/library/);
  await page.getByRole('status').filter({ hasText: 'moved to the Trash' }).getByRole('button', { name: 'Undo' }).click();
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('the theme menu ticks the current theme, a click elsewhere closes it, and a choice applies at once', async ({ app, page }) => {
  await app.open();
  await app.importFiles('books/meridian-grid-interconnector.md');
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  const reading = page.getByRole('group', { name: 'Reading' });
  await reading.getByRole('button', { name: 'Theme' }).click();
  const menu = page.getByRole('menu', { name: 'Theme' });
  await expect(menu.getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitemradio', { name: 'High contrast' })).toHaveAttribute('aria-checked', 'false');
  await app.article().getByRole('heading', { level: 1 }).click();
  await expect(menu).toBeHidden();

  await reading.getByRole('button', { name: 'Theme' }).click();
  await menu.getByRole('menuitemradio', { name: 'High contrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await reading.getByRole('button', { name: 'Theme' }).click();
  await expect(menu.getByRole('menuitemradio', { name: 'High contrast' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');

  // The other reading tools are named for assistive technology, though they show only icons.
  for (const name of ['Smaller text', 'Larger text', 'Find']) await expect(reading.getByRole('button', { name })).toBeVisible();
});
