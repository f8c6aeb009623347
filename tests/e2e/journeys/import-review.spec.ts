// Journey: after importing a copied page, the reader reviews what the import kept beside what it
// removed (each with its reason), takes out one more line and puts a removed one back, by keyboard.
import { writeFile } from 'node:fs/promises';
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

test('a long brief reviews its lines a page at a time, and the next brief opens with its review closed', async ({ app, page }, testInfo) => {
  await app.importAndOpen('journeys/quay-repairs-page.txt', /Harbour Board Approves Quay Repairs/);
  await page.getByText(/Removed \d+ lines?: show/).click();
  await expect(page.getByRole('list', { name: 'Kept text' })).toBeVisible();

  // A ledger of 1,200 lines, written for this test.
  const ledger = testInfo.outputPath('tally-ledger.txt');
  const lines = Array.from({ length: 1_200 }, (_, i) => `Entry ${i + 1} of the winter tally: ${i * 7} crates were counted at the north shed.`);
  await writeFile(ledger, `Winter Tally Ledger\n\n${lines.join('\n')}\n`);
  await app.importFiles(ledger);
  // The new brief opens by itself, with its review closed: its lines are not built until asked for.
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Winter Tally Ledger');
  await expect(page.getByRole('list', { name: 'Kept text' })).toHaveCount(0);

  await page.getByText('Review import: nothing removed').click();
  const kept = page.getByRole('list', { name: 'Kept text' });
  await expect(kept.getByRole('listitem')).toHaveCount(300);
  const more = page.getByRole('button', { name: /^Show more \(300 of 1,2\d\d shown\)$/ });
  await more.click();
  await expect(kept.getByRole('listitem')).toHaveCount(600);
  await expect(kept).toContainText('Entry 600 of the winter tally');
});
