import { test, expect } from './fixtures.js';

test('a new user loads the sample book and sees briefs, annotations, a checklist and a ready book', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Sample book loaded' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Aldoria–Corvenna Ministerial Visit');

  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(4);
  await app.briefItem(/Harbour Corridor Talks/).getByRole('link').click();
  await expect(page.locator('cy-brief-reader .body mark.cy-hl[data-color="pink"]')).toHaveText('Queues at the main crossing have grown to more than eight hours');
  await expect(page.getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem')).toHaveCount(2);

  await app.nav('Checklists').click();
  await expect(page.getByRole('combobox', { name: /^Owner of “Pilot the shared electronic window/ })).toHaveValue('Trade section');
  await expect(page.getByRole('combobox', { name: /^Status of “Ambos gobiernos deben crear un canal/ })).toHaveValue('blocked');

  // Loading it again does not duplicate anything.
  await app.nav('Library').click();
  await page.evaluate(() => document.querySelector('cy-app-root')?.dispatchEvent(new CustomEvent('cy-load-sample')));
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(4);
});
