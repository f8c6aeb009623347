// Journey: a brief's handling level is set on the reader's details line, by mouse and then by
// keyboard; it is kept, and the library row shows it as a quiet portion-mark badge.
import { test, expect } from '../fixtures.js';

const GUESSED = /^The harbour board of Kessel voted on Monday/;

test('a brief’s handling level is chosen in the reader and shown in its library row', async ({ app, page }) => {
  await app.importAndOpen('journeys/quay-notes-untitled.txt', GUESSED);
  const level = page.getByRole('combobox', { name: 'Handling level of this brief' });
  // A new brief is unmarked.
  await expect(level).toHaveValue('unmarked');

  // By mouse: choose SBU from the list.
  await level.selectOption({ label: 'SBU — Sensitive But Unclassified' });
  await expect(page.getByRole('status').filter({ hasText: 'Handling level set to SBU — Sensitive But Unclassified.' })).toBeVisible();
  // By keyboard: one step up is CUI, the highest of the default levels.
  await level.press('ArrowDown');
  await expect(level).toHaveValue('cui');
  await expect(page.getByRole('status').filter({ hasText: 'Handling level set to CUI — Controlled Unclassified Information.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Handling level of this brief' })).toHaveValue('cui');

  await app.open('#/library');
  const row = page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').filter({ hasText: 'The harbour board of Kessel voted on Monday' });
  await expect(row.getByText('CUI', { exact: true })).toBeVisible();
});
