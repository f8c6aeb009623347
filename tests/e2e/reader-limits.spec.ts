// The reader under huge and pathological text: large bodies are parsed in a worker under a time
// limit, so the window keeps answering and the text is always shown, laid out or as it is.
// How long opening takes and the longest main-thread task are figures of `npm run bench`.
import { test, expect } from './fixtures.js';
import { putBriefs } from './support/idb.js';
import { generateRecords, NESTED_LIST } from '../bench/generate.js';
import type { Brief } from '../../renderer/src/domain/types.js';

function brief(id: string, markdown: string): Brief {
  const base = generateRecords(0, 1, { words: 20, notes: 0, items: 0 }).briefs[0]!;
  return { ...base, id, title: `Limits test ${id}`, markdown, contentHash: `hash-${id}`, wordCount: markdown.split(/\s+/).length };
}

test.beforeEach(async ({ app }) => {
  await app.open();
});

test('a pathologically nested brief opens as plain text with a notice, and the window keeps answering', async ({ page }) => {
  await putBriefs(page, [brief('nested', NESTED_LIST)]);
  const textSize = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--cy-text-size').trim());
  const before = await textSize();
  await page.evaluate(() => (location.hash = '#/brief/nested'));

  // Nesting this deep is seen before any parse: the text goes straight to the plain-text path.
  const notice = page.getByRole('status').filter({ hasText: 'shown exactly as stored' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  // The window keeps answering: the toolbar works at once.
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(textSize).not.toBe(before);

  const body = page.locator('cy-brief-reader .body');
  // Shown as it is, in pieces of preformatted text whose words joined are exactly the stored text.
  await expect(body.locator('pre').first()).toBeVisible();
  expect(await body.evaluate((el) => el.textContent)).toBe(NESTED_LIST);
  await expect(body.locator('ul')).toHaveCount(0);
});

test('a large ordinary brief is laid out as Markdown through the worker, without a notice', async ({ page }) => {
  const large = generateRecords(0, 1, { words: 60_000, notes: 0, items: 0, seed: 3 }).briefs[0]!;
  expect(large.markdown.length).toBeGreaterThan(100_000);
  await putBriefs(page, [large]);
  await page.evaluate((id) => (location.hash = `#/brief/${id}`), large.id);
  const body = page.locator('cy-brief-reader .body');
  await expect(body.locator('h2').first()).toBeVisible({ timeout: 10_000 });
  expect(await body.locator('h2').count()).toBe((large.markdown.match(/^## /gm) ?? []).length);
  await expect(page.getByRole('status').filter({ hasText: 'shown exactly as stored' })).toHaveCount(0);
});
