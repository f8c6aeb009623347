// Journey 3: annotate with the mouse — drag, drag backwards, drag across paragraphs,
// double-click, triple-click — add notes and a tag, reload, and find everything again.
import { test, expect } from '../fixtures.js';
import { ReaderPage } from '../pages/app.js';

test('a reader annotates by mouse, each dialog starts empty, and everything survives a reload', async ({ app, page }) => {
  test.slow();
  const reader = new ReaderPage(page);
  await app.importAndOpen('journeys/coastal-ferry-compact.md', /Coastal Ferry Compact/);
  const sidebar = reader.sidebar();

  // A drag over a phrase, then a colour from the toolbar that appears beside it.
  await reader.select('merges the two ferry timetables');
  await reader.selectionToolbar().getByRole('button', { name: 'Highlight in Green' }).click();
  await expect(reader.body().locator('mark.cy-hl[data-color="green"]')).toHaveText('merges the two ferry timetables');

  // A double-click selects a word; H highlights it in yellow.
  await reader.doubleClickWord('islanders');
  await page.keyboard.press('h');
  await expect(reader.body().locator('mark.cy-hl[data-color="yellow"]')).toHaveText('islanders');

  // A backwards drag, then 4 for pink.
  await reader.select('Fares stay at their current level', { backwards: true });
  await page.keyboard.press('4');
  await expect(reader.body().locator('mark.cy-hl[data-color="pink"]')).toHaveText('Fares stay at their current level');

  // A triple-click selects the paragraph; N opens the note dialog.
  await reader.tripleClick('Observers from the island councils');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await expect(dialog.getByLabel('Note (Markdown)')).toHaveValue('');
  await dialog.getByLabel('Note (Markdown)').fill('Ask who pays for the pier repairs.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The paragraph's words, without the line break a triple-click takes with them.
  await expect(reader.sidebar().getByRole('button', { name: /^“Observers from the island councils/ })).toHaveText(/\S”$/);

  // The second note starts empty, not with the first one's text.
  await reader.select('keeps both ports open all night');
  await reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click();
  await expect(dialog.getByLabel('Note (Markdown)')).toHaveValue('');
  await expect(dialog.getByLabel('Tags (comma-separated)')).toHaveValue('');
  await dialog.getByLabel('Note (Markdown)').fill('Check the storm-season staffing.');
  await dialog.getByRole('button', { name: 'Save' }).click();

  // A tag-only dialog (T) also starts empty; Enter saves just the tag.
  await reader.select('nine hours in bad weather');
  await page.keyboard.press('t');
  await expect(dialog.getByLabel('Note (Markdown)')).toHaveValue('');
  await expect(dialog.getByLabel('Tags (comma-separated)')).toBeFocused();
  await page.keyboard.type('delays');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // A drag that crosses from one paragraph into the next.
  await reader.selectAcross('across the Sorrel Sound', 'The compact keeps');
  await page.keyboard.press('3');

  // Across table cells and rows, and across list items: the marks stay inside cells and items.
  await reader.selectAcross('Publish the merged winter timetable', 'Open a shared ticket office');
  await page.keyboard.press('1');
  await reader.selectAcross('every month', 'The coast guard should');
  await page.keyboard.press('2');
  const table = reader.body().getByRole('table');
  await expect(table.locator('mark').filter({ hasText: 'Open a shared ticket office' })).toHaveCount(1);
  await expect(table.locator('tr > mark, tbody > mark, table > mark')).toHaveCount(0);
  await expect(reader.body().locator('ul > mark')).toHaveCount(0);

  const entries = sidebar.getByRole('listitem');
  await expect(entries).toHaveCount(9);
  await page.reload();
  await expect(entries).toHaveCount(9);
  await expect(sidebar).toContainText('Ask who pays for the pier repairs.');
  await expect(sidebar).toContainText('Check the storm-season staffing.');
  await expect(sidebar).toContainText('delays');
  await expect(sidebar.getByRole('listitem').filter({ hasText: 'Check the storm-season staffing.' })).not.toContainText('Ask who pays');
  await expect(reader.body().locator('mark.cy-hl[data-color="green"]')).toHaveText(['merges the two ferry timetables', 'every month.', 'The coast guard should']);
  const blue = reader.body().locator('mark.cy-hl[data-color="blue"]');
  await expect(blue.first()).toHaveText(/^across the Sorrel Sound/);
  await expect(blue.last()).toHaveText(/^The compact/);
});
