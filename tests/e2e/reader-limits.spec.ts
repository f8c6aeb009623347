// The reader under huge and pathological text: large bodies are parsed in a worker under a time
// limit, so the window keeps answering and the text is always shown, laid out or as it is.
import { test, expect } from './fixtures.js';
import { putRecords } from './support/idb.js';
import { generateRecords } from '../bench/generate.js';
import type { Brief } from '../../renderer/src/domain/types.js';

interface LongTask {
  duration: number;
}
type WatchedWindow = Window & { __longTasks: LongTask[] };

/** A list nested a thousand levels deep (about 1 MB): marked spends many seconds on it, or gives up. */
const NESTED_LIST = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i + 1} of the fictional agenda`).join('\n');

function brief(id: string, markdown: string): Brief {
  const base = generateRecords(0, 1, { words: 20, notes: 0, items: 0 }).briefs[0]!;
  return { ...base, id, title: `Limits test ${id}`, markdown, contentHash: `hash-${id}`, wordCount: markdown.split(/\s+/).length };
}

test.beforeEach(async ({ app, page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as WatchedWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await app.open();
});

test('a pathologically nested brief opens as plain text with a notice, and the window keeps answering', async ({ page }) => {
  await putRecords(page, 'briefs', [brief('nested', NESTED_LIST)]);
  await page.evaluate(() => ((window as unknown as WatchedWindow).__longTasks = []));
  const opened = Date.now();
  await page.evaluate(() => (location.hash = '#/brief/nested'));

  // Nesting this deep is seen before any parse: the text goes straight to the plain-text path.
  const notice = page.getByRole('status').filter({ hasText: 'shown exactly as stored' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  expect(Date.now() - opened).toBeLessThan(10_000);
  await page.getByRole('button', { name: 'Larger text' }).click({ timeout: 1_000 });

  const body = page.locator('cy-brief-reader .body');
  await expect(body.locator('pre')).toHaveCount(1);
  expect(await body.evaluate((el) => el.textContent)).toBe(NESTED_LIST);
  await expect(body.locator('ul')).toHaveCount(0);
  // Parsing this would take marked many seconds; what remains is laying out a megabyte of
  // preformatted text once (about half a second on a quiet machine).
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as WatchedWindow).__longTasks.map((t) => t.duration)));
  expect(longest, 'longest main-thread task while opening (ms)').toBeLessThan(2_500);
});

test('a large ordinary brief is laid out as Markdown through the worker, without a notice', async ({ page }) => {
  const large = generateRecords(0, 1, { words: 60_000, notes: 0, items: 0, seed: 3 }).briefs[0]!;
  expect(large.markdown.length).toBeGreaterThan(100_000);
  await putRecords(page, 'briefs', [large]);
  await page.evaluate((id) => (location.hash = `#/brief/${id}`), large.id);
  const body = page.locator('cy-brief-reader .body');
  await expect(body.locator('h2').first()).toBeVisible({ timeout: 10_000 });
  expect(await body.locator('h2').count()).toBe((large.markdown.match(/^## /gm) ?? []).length);
  await expect(page.getByRole('status').filter({ hasText: 'shown exactly as stored' })).toHaveCount(0);
});
