// Journey: after importing a copied page, the reader reviews what the import kept beside what it
// removed (each with its reason), takes out one more line and puts a removed one back, by keyboard.
import { test, expect } from '../fixtures.js';

test('the import review shows kept and removed lines side by side; one key removes or restores a line', async ({ app, page }) => {
  await app.importAndOpen('journeys/quay-repairs-page.txt', /Harbour Board Approves Quay Repairs/);
  const body = page.locator('cy-brief-reader .body');
  await expect(body).toContainText('A photo caption about the quay');
  await expect(body).not.toContainText('Leave a Reply');

  await page.getByText(/Removed \d+ lines?: show/).click();
  const kept = page.getByRole('list', { name: 'Kept text' });
  const removed = page.getByRole('list', { name: 'Lines removed on import' });
  await expect(kept).toBeVisible();
  await expect(removed).toBeVisible();
  // Each removal says why.
  await expect(removed.getByRole('listitem').filter({ hasText: 'Leave a Reply' })).toContainText('comment form');
  await expect(removed.getByRole('listitem').filter({ hasText: 'Share this article' })).toContainText('navigation or share label');

  // Take out the caption: Tab to its button from the line's words, then Enter.
  await kept.getByText('A photo caption about the quay that nobody needs').click();
  await page.keyboard.press('Tab');
  const remove = kept.getByRole('button', { name: 'Remove “A photo caption about the quay that nobody needs”' });
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Line removed.' })).toBeVisible();
  await expect(body).not.toContainText('A photo caption about the quay');
  await expect(removed.getByRole('listitem').filter({ hasText: 'A photo caption' })).toContainText('removed by you');

  // Put the comment form's heading back, the same way.
  await removed.getByText('Leave a Reply').click();
  await page.keyboard.press('Tab');
  await expect(removed.getByRole('button', { name: 'Restore “Leave a Reply”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body).toContainText('Leave a Reply');
  await expect(kept).toContainText('Leave a Reply');

  // Both changes are stored.
  await page.reload();
  await expect(page.locator('cy-brief-reader .body')).toContainText('Leave a Reply');
  await expect(page.locator('cy-brief-reader .body')).not.toContainText('A photo caption about the quay');
});
