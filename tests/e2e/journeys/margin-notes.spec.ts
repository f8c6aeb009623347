// Notes beside their highlights: in a wide window each note sits level with the text it annotates
// and moves with it; in a narrower one the notes and items are a drawer the reader can fold away.
import { test, expect } from '../fixtures.js';
import { ReaderPage } from '../pages/app.js';

test.describe('a wide window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('puts each note level with its highlight, keeps them apart, and follows a change of text size', async ({ app, page }) => {
    const reader = new ReaderPage(page);
    await app.importAndOpen('journeys/coastal-ferry-compact.md', /Coastal Ferry Compact/);
    await reader.highlight('merges the two ferry timetables', 'Green');
    await reader.highlight('Observers from the island councils', 'Pink');
    // Two highlights on neighbouring lines: their notes cannot both sit level, so the second goes below.
    await reader.highlight('Crossings had fallen by a third', 'Blue');

    const entry = (quote: string) => reader.sidebar().getByRole('listitem').filter({ hasText: quote });
    const mark = (quote: string) => reader.marks().filter({ hasText: quote });
    const top = async (locator: ReturnType<typeof entry>) => (await locator.boundingBox())?.y ?? Number.NaN;

    await expect(entry('Observers from the island councils')).toBeVisible();
    // Level with the highlight, within a few pixels, and to the right of the text.
    await expect.poll(async () => Math.abs((await top(entry('Observers from the island councils'))) - (await top(mark('Observers from the island councils'))))).toBeLessThan(4);
    const noteBox = await entry('Observers from the island councils').boundingBox();
    const markBox = await mark('Observers from the island councils').boundingBox();
    expect(noteBox!.x).toBeGreaterThan(markBox!.x + markBox!.width);

    // Notes for close highlights do not overlap, and keep reading order.
    const first = (await entry('merges the two ferry timetables').boundingBox())!;
    const second = (await entry('Crossings had fallen by a third').boundingBox())!;
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);

    // A paragraph-long highlight shows two lines of its quote in the margin, and all of it once clicked.
    await reader.tripleClick('signed a compact on Thursday');
    await page.keyboard.press('1');
    const longQuote = entry('nine hours in bad weather').getByRole('button', { name: /^“Transport ministers/ });
    await expect(longQuote).toBeVisible();
    const clamped = (await longQuote.boundingBox())!.height;
    expect(clamped).toBeLessThan(48);
    // A click on the quote puts its note in use, as a reader does.
    await longQuote.click();
    await expect.poll(async () => (await longQuote.boundingBox())!.height).toBeGreaterThan(clamped + 10);

    // A larger text moves the highlight down; its note follows.
    const before = await top(entry('Observers from the island councils'));
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(() => top(entry('Observers from the island councils'))).toBeGreaterThan(before + 10);
    await expect.poll(async () => Math.abs((await top(entry('Observers from the island councils'))) - (await top(mark('Observers from the island councils'))))).toBeLessThan(4);

    // The brief's items sit under the contents, not between the notes.
    await expect(page.getByRole('heading', { name: /Suggested checklist items/ })).toBeVisible();
    const items = (await page.getByRole('heading', { name: /Suggested checklist items/ }).boundingBox())!;
    expect(items.x + items.width).toBeLessThan(markBox!.x);
  });
});

test.describe('a narrower window', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('keeps notes in a drawer that folds away to a slim handle, and opens again on a highlight click', async ({ app, page }) => {
    const reader = new ReaderPage(page);
    await app.importAndOpen('journeys/coastal-ferry-compact.md', /Coastal Ferry Compact/);
    await reader.highlight('merges the two ferry timetables', 'Yellow');
    const list = page.getByRole('list', { name: 'Annotations in reading order' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    const side = page.getByRole('complementary', { name: 'Annotations' });
    expect((await side.boundingBox())!.width).toBeGreaterThan(200);

    await page.getByRole('button', { name: 'Hide notes and items' }).click();
    await expect(list).toBeHidden();
    const show = page.getByRole('button', { name: 'Show notes and items' });
    await expect(show).toBeFocused();
    // Folded, the panel is only its handle, and the text sits in the middle of the window.
    await expect.poll(async () => (await side.boundingBox())!.width).toBeLessThan(60);
    const text = (await reader.body().boundingBox())!;
    expect(Math.abs(text.x + text.width / 2 - 512)).toBeLessThan(80);

    // Clicking the highlight brings its note back into view, with focus on it.
    await reader.marks().filter({ hasText: 'merges the two ferry timetables' }).click();
    await expect(list).toBeVisible();
    await expect(list.getByRole('button', { name: /^“merges the two ferry timetables/ })).toBeFocused();

    // The handle works by keyboard too.
    await page.getByRole('button', { name: 'Hide notes and items' }).press('Enter');
    await expect(list).toBeHidden();
    await page.getByRole('button', { name: 'Show notes and items' }).press('Enter');
    await expect(list).toBeVisible();
  });
});
