// Redacting by mouse: select words in the reader, redact them with a reason, see the redaction in
// the sidebar, remove it and take the removal back; add a rule in Settings (an unsafe pattern is
// refused with a reason); then the print view shows a block and a label where the words were, and
// the redaction log at the end.
import { test, expect } from '../fixtures.js';
import { ReaderPage } from '../pages/app.js';

const TITLE = 'Fennick Quarry Talks Reach the Berth Question';

test('a selection is redacted with a reason, removed and restored, and prints as a block listed in the log', async ({ app, page }) => {
  test.setTimeout(150_000);
  await app.importAndOpen('redaction/fennick-quarry-talks.md', new RegExp(TITLE));
  const reader = new ReaderPage(page);

  // A drag that stops short of both ends of the name still redacts whole words, and the dialog
  // shows exactly which.
  await reader.select('alder Whar');
  await reader.selectionToolbar().getByRole('button', { name: 'Redact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redact the selection' });
  await expect(dialog.getByText('Calder Wharf', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Personal information' })).toBeFocused();
  // The keyboard picks a listed reason.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Protects a source' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Redact' }).click();
  await expect(dialog).toBeHidden();

  const entry = reader.sidebar().getByRole('listitem').filter({ hasText: 'Redacted: Protects a source' });
  await expect(entry).toContainText('Calder Wharf');
  // The editor still reads the words: marked, not hidden.
  await expect(reader.marks()).toHaveCount(1);
  await expect(reader.marks()).toHaveText('Calder Wharf');

  await entry.getByRole('button', { name: 'Remove redaction “Calder Wharf”' }).click();
  await expect(entry).toHaveCount(0);
  await expect(reader.marks()).toHaveCount(0);
  await page.getByRole('status').getByText('Redaction removed.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entry).toHaveCount(1);
  await expect(reader.marks()).toHaveCount(1);

  // A rule in Settings: the unsafe pattern is refused with why, nothing is saved until it is fixed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const rules = page.getByRole('region', { name: 'Redaction rules' });
  await rules.getByRole('button', { name: 'Add a rule' }).click();
  await expect(rules.getByLabel('Reason for rule 1')).toBeFocused();
  await page.keyboard.type('Named source');
  await rules.getByLabel('Phrases for rule 1, one per line').click();
  await page.keyboard.type('Ines Varro');
  await rules.getByLabel(/Patterns for rule 1/).click();
  await page.keyboard.type('(\\w+\\s?)+permit');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByRole('alert')).toContainText('Rule 1: the pattern “(\\w+\\s?)+permit” cannot be used');
  await rules.getByLabel(/Patterns for rule 1/).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('FQ-\\d{4}');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByRole('status').getByText('Redaction rules saved.')).toBeVisible();

  // A book with the brief, seen in the print view.
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('list', { name: 'Briefs to add' }).getByRole('button', { name: `Add ${TITLE}` }).click();
  await page.getByRole('link', { name: 'Print preview' }).click();
  const body = page.getByRole('article').filter({ hasText: TITLE });
  await expect(body).toContainText('[Redacted 1: Protects a source]');
  await expect(body).toContainText('[Redacted 2: Named source]');
  await expect(page.getByRole('heading', { name: 'Meeting [Redacted 2: Named source]' })).toBeVisible();
  for (const words of ['Calder Wharf', 'Ines Varro', 'FQ-3318']) await expect(page.getByText(words)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Redaction log' })).toBeVisible();
  await expect(page.getByRole('cell', { name: `${TITLE}: text, redaction 1` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `${TITLE}: text, redaction 1` })).toContainText('Protects a source');
});
