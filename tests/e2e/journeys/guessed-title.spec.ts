// Journey: a text with no title line gets a title guessed from its first sentence, flagged in the
// reader until the user confirms it, or edits it, by mouse and keyboard.
import { test, expect } from '../fixtures.js';

const GUESSED = /^The harbour board of Kessel voted on Monday/;

test('a guessed title is flagged until confirmed, and can be edited from the flag', async ({ app, page }) => {
  await app.importAndOpen('journeys/quay-notes-untitled.txt', GUESSED);
  const heading = app.article().getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(GUESSED);
  const flag = page.getByRole('note').filter({ hasText: 'Title guessed from the text' });
  await expect(flag).toBeVisible();

  // Edit: the flag opens the form with the title field focused; the keyboard does the rest.
  await flag.getByRole('button', { name: 'Edit title' }).click();
  const field = page.getByRole('textbox', { name: /^Title/ });
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Kessel Reopens Its Northern Quay');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Kessel Reopens Its Northern Quay');
  await expect(flag).toBeHidden();
  await page.reload();
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Kessel Reopens Its Northern Quay');
  await expect(page.getByRole('note').filter({ hasText: 'Title guessed from the text' })).toHaveCount(0);
});

test('confirming a guessed title with the keyboard clears the flag for good', async ({ app, page }) => {
  await app.importAndOpen('journeys/quay-notes-untitled.txt', GUESSED);
  const flag = page.getByRole('note').filter({ hasText: 'Title guessed from the text' });
  const confirm = flag.getByRole('button', { name: 'Confirm title' });
  // Click the flag's words, then Tab: the next stop is its first button.
  await flag.getByText('Title guessed from the text').click();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Title confirmed.' })).toBeVisible();
  await expect(flag).toBeHidden();
  await page.reload();
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(GUESSED);
  await expect(page.getByRole('note').filter({ hasText: 'Title guessed from the text' })).toHaveCount(0);
});
