// Two windows of one profile editing the same brief: the second save never silently replaces the
// first. It is refused with a choice (keep mine, keep theirs, see both), and the other window is
// told as soon as the text changes under it.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { AppPage, ReaderPage } from './pages/app.js';

const TITLE = /Port Authority Talks Close With a Customs Timetable/;

/** Opens the editor and adds `words` at the very end of the text, by keyboard. */
async function editAtEnd(page: Page, words: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByLabel('Markdown text');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n\n${words}`);
}

async function twoWindowsEditing(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await new AppPage(other).open(new URL(page.url()).hash);
  await expect(other.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await editAtEnd(page, 'Added in the first window.');
  await editAtEnd(other, 'Added in the second window.');
  await page.getByRole('button', { name: 'Save and re-anchor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  return other;
}

test.beforeEach(async ({ app }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('the second save is refused with a choice; keeping mine after seeing both saves it', async ({ page }) => {
  const other = await twoWindowsEditing(page);
  // The second window learns of the change before saving.
  await expect(other.getByRole('status').filter({ hasText: 'This brief was changed in another window' })).toBeVisible();

  await other.getByRole('button', { name: 'Save and re-anchor' }).click();
  const dialog = other.getByRole('dialog', { name: 'This brief changed while you were editing' });
  await expect(dialog).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'See both' }).click();
  await expect(dialog.getByLabel('Your text')).toHaveValue(/Added in the second window\.$/);
  await expect(dialog.getByLabel('Their text (saved)')).toHaveValue(/Added in the first window\.$/);

  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // Both windows now read the kept text.
  for (const window of [page, other]) {
    await expect(new ReaderPage(window).body()).toContainText('Added in the second window.');
    await expect(new ReaderPage(window).body()).not.toContainText('Added in the first window.');
  }
});

test('keeping theirs discards the second edit and shows the first; going back keeps the draft', async ({ page }) => {
  const other = await twoWindowsEditing(page);
  const save = other.getByRole('button', { name: 'Save and re-anchor' });
  const dialog = other.getByRole('dialog', { name: 'This brief changed while you were editing' });

  await save.click();
  await dialog.getByRole('button', { name: 'Back to editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(other.getByLabel('Markdown text')).toHaveValue(/Added in the second window\.$/);

  // Saving again still asks: going back did not quietly adopt the newer text as the base.
  await save.click();
  await dialog.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Your edit was discarded' })).toBeVisible();
  for (const window of [page, other]) {
    await expect(new ReaderPage(window).body()).toContainText('Added in the first window.');
    await expect(new ReaderPage(window).body()).not.toContainText('Added in the second window.');
  }
});
