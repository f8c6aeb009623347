// Journey 4: highlight by mouse, edit the brief's text by keyboard, save, and see the highlights
// follow their words while a note whose words were deleted becomes an explained orphan.
import { test, expect } from '../fixtures.js';
import { ReaderPage } from '../pages/app.js';

test('after an edit, highlights follow their text and a note on deleted words is an explained orphan', async ({ app, page }) => {
  // A long walk (annotate, edit, reload); on a busy machine it needs more than the default minute.
  test.setTimeout(120_000);
  const reader = new ReaderPage(page);
  await app.importAndOpen('journeys/coastal-ferry-compact.md', /Coastal Ferry Compact/);

  await reader.highlight('merges the two ferry timetables', 'Green');
  await reader.highlight('keeps both ports open all night', 'Yellow');
  await reader.select('larger vessels can dock there');
  await reader.selectionToolbar().getByRole('button', { name: 'Add note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await dialog.getByLabel('Note (Markdown)').fill('Which vessels are waiting for the pier?');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(3);

  // Edit text: click into the editor, then work with the keys alone.
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByRole('textbox', { name: 'Markdown text' });
  await editor.click();
  // A new first paragraph moves every later word along.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Updated after the signing ceremony in Veyport.\n\n');
  // At the very end, the closing words of the last paragraph are replaced.
  await page.keyboard.press('Control+End');
  for (let i = 0; i < WORDS_TO_DELETE; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.type('soon.');
  await expect(editor).toHaveValue(/^Updated after the signing ceremony in Veyport\.\n\n/);
  await expect(editor).toHaveValue(/the pier at Veyport needs repairs soon\.\s*$/);
  await page.getByRole('button', { name: 'Save and re-anchor' }).click();
  await expect(page.getByRole('status').getByText(/^Saved\. \d+ annotations? moved, 1 orphaned\.$/)).toBeVisible();
  await expect(editor).toBeHidden();

  // The highlights sit on their own words, now further down the text.
  await expect(reader.body()).toContainText('Updated after the signing ceremony in Veyport.');
  await expect(reader.body().locator('mark.cy-hl[data-color="green"]')).toHaveText('merges the two ferry timetables');
  await expect(reader.body().locator('mark.cy-hl[data-color="yellow"]')).toHaveText('keeps both ports open all night');
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(2);

  // The note whose words are gone is listed apart, with what happened and what to do.
  const orphans = page.getByRole('list', { name: 'Orphaned annotations' });
  await expect(page.getByRole('heading', { name: 'Orphans (1)' })).toBeVisible();
  await expect(page.getByText(/The text these annotations pointed to changed too much/)).toBeVisible();
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
  await expect(orphans).toContainText('larger vessels can dock there');
  await expect(orphans).toContainText('Which vessels are waiting for the pier?');
  await expect(orphans.getByRole('button', { name: 'Re-attach to selection' })).toBeVisible();

  // And it all holds after a reload.
  await page.reload();
  await expect(reader.body().locator('mark.cy-hl[data-color="green"]')).toHaveText('merges the two ferry timetables');
  await expect(reader.body().locator('mark.cy-hl[data-color="yellow"]')).toHaveText('keeps both ports open all night');
  await expect(orphans.getByRole('listitem')).toHaveCount(1);
});

// "before larger vessels can dock there." ends the text: six words, the full stop going with the last.
const WORDS_TO_DELETE = 7;
