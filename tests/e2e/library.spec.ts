import { test, expect, type Page } from './fixtures.js';
import type { AppPage } from './pages/app.js';
import { seedLibrary } from '../bench/seed.js';
import { generateRecords } from '../bench/generate.js';

const SMALL = { words: 30, notes: 0, items: 0 } as const;

/** Opens the app (creating the database), writes generated briefs, and reloads to show them. */
async function seeded(app: AppPage, page: Page, count: number, options: Parameters<typeof seedLibrary>[2] = SMALL): Promise<void> {
  await app.open();
  await seedLibrary(page, count, { chunk: 2000, ...options });
  await page.reload();
  await expect(app.briefList()).toBeVisible();
}

const rowCount = (page: Page) => page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').count();

test('the library shows 10,000 briefs with no more than 100 row elements, and scrolls to the oldest', async ({ app, page }) => {
  // Seeding and indexing ten thousand briefs takes a while on a busy two-core machine.
  test.slow();
  await seeded(app, page, 10_000);
  await expect(page.getByText('10,000 briefs')).toBeVisible();
  expect(await rowCount(page)).toBeLessThanOrEqual(100);
  // Newest first: brief 10,000 on top, brief 1 at the very bottom.
  await expect(app.briefItem(/\(10000\)/)).toBeVisible();
  await page.locator('cy-library-view .viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(app.briefItem(/\(1\)/)).toBeVisible();
  expect(await rowCount(page)).toBeLessThanOrEqual(100);
  await expect(app.briefItem(/\(1\)/)).toHaveAttribute('aria-posinset', '10000');
  await page.screenshot({ path: 'test-results/library-10k.png' });
});

test('filters combine, show in the URL, and survive a reload', async ({ app, page }) => {
  const count = 120;
  await seeded(app, page, count);
  const { briefs } = generateRecords(0, count, SMALL);
  const expected = briefs.filter((b) => b.topics.includes('trade') && b.readState === 'unread').length;
  expect(expected).toBeGreaterThan(0);
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Topic').selectOption('trade');
  await filters.getByLabel('Read state').selectOption('unread');
  await expect(page).toHaveURL(/#\/library\?(?=.*topic=trade)(?=.*read=unread)/);
  await expect(page.getByText(`${expected} briefs`, { exact: true })).toBeVisible();
  const wanted = new Set(briefs.filter((b) => b.topics.includes('trade') && b.readState === 'unread').map((b) => b.title));
  const shown = await page.locator('cy-library-view li .title').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((title) => !wanted.has(title))).toEqual([]);
  await page.reload();
  await expect(page.getByText(`${expected} briefs`, { exact: true })).toBeVisible();
  await expect(filters.getByLabel('Topic')).toHaveValue('trade');
  await filters.getByLabel('Has open items').check();
  await expect(page).toHaveURL(/open=1/);
  await expect(page.getByRole('heading', { name: 'No briefs match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page.getByText(`${count} briefs`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
});

test('the open-items filter keeps only briefs with open items', async ({ app, page }) => {
  const count = 40;
  await seeded(app, page, count, { words: 30, notes: 0, items: 1 });
  const { items } = generateRecords(0, count, { words: 30, notes: 0, items: 1 });
  const expected = new Set(items.filter((i) => i.status === 'open' || i.status === 'in-progress').flatMap((i) => i.briefIds)).size;
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Has open items').check();
  await expect(page.getByText(`${expected} briefs`, { exact: true })).toBeVisible();
});

test('briefs are selected with checkboxes, Shift-click and Space, then tagged, deleted and restored', async ({ app, page }) => {
  await seeded(app, page, 12);
  await app.briefItem(/\(12\)/).getByRole('checkbox').click();
  await app.briefItem(/\(9\)/).getByRole('checkbox').click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Selected briefs' });
  await expect(bar.getByText('4 selected')).toBeVisible();
  // Space on the focused row toggles it.
  await app.briefItem(/\(8\)/).getByRole('link').focus();
  await page.keyboard.press('Space');
  await expect(bar.getByText('5 selected')).toBeVisible();

  await bar.getByLabel('Tag to add').fill('summit-prep');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Tagged 5 briefs “summit-prep”.')).toBeVisible();
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Tag').selectOption('summit-prep');
  await expect(page.getByText('5 briefs', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();

  await app.briefItem(/\(12\)/).getByRole('checkbox').click();
  await app.briefItem(/\(11\)/).getByRole('checkbox').click();
  await page.getByRole('toolbar', { name: 'Selected briefs' }).getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByText('10 briefs', { exact: true })).toBeVisible();
  await expect(app.briefItem(/\(12\)/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('12 briefs', { exact: true })).toBeVisible();
  await expect(app.briefItem(/\(12\)/)).toBeVisible();
});

test('arrow keys move through rows, Enter opens, and J/K step through briefs in the reader', async ({ app, page }) => {
  await seeded(app, page, 30);
  await app.briefItem(/\(30\)/).getByRole('link').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.briefItem(/\(28\)/).getByRole('link')).toBeFocused();
  await page.keyboard.press('End');
  await expect(app.briefItem(/\(1\)/).getByRole('link')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(/\(29\)/);
  await page.keyboard.press('j');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(/\(28\)/);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(/\(30\)/);
});
