// Pre-flight before export, as a user meets it: the composer's Export PDF lists what would not
// print as expected (a character no bundled font has, a section with nothing under it), by
// keyboard the user goes back to fix it or exports anyway, and a finding opens its brief.
import path from 'node:path';
import { test, expect } from './fixtures.js';

const TITLE = 'Satellite Link Talks Reach a Draft';
const SHOTS = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'preflight');

test.use({ viewport: { width: 1024, height: 768 } });

test('Export PDF first lists pre-flight findings; Escape goes back, Export anyway proceeds, Open brief fixes', async ({ app, page }) => {
  await app.open();
  await app.importFiles('print/satellite-link.md');
  await app.closeImportReport();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Coastal link');
  await page.getByRole('button', { name: new RegExp(`^Add ${TITLE}`) }).click();
  await page.getByRole('button', { name: 'Add section divider' }).click();
  await expect(page.getByRole('list', { name: 'Book contents' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  // A fresh profile: the first export asks for the marking once, before the check.
  await app.answerMarkingQuestion('No marking');
  const dialog = page.getByRole('dialog', { name: 'Check before export' });
  await expect(dialog).toBeVisible();
  const findings = dialog.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(findings.filter({ hasText: 'Characters no bundled font can print: 🛰' })).toHaveCount(1);
  await expect(findings.filter({ hasText: 'New section' }).filter({ hasText: 'Would print empty' })).toHaveCount(1);
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Go back and fix' })).toBeFocused();
  await page.screenshot({ path: path.join(SHOTS, 'preflight-light.png') });

  // Escape: back to the composer, nothing exported.
  const popups: unknown[] = [];
  page.context().on('page', (p) => popups.push(p));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(popups).toHaveLength(0);

  // Again, and by keyboard to Export anyway: the preview opens its print view.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog).toBeVisible();
  const printView = page.context().waitForEvent('page');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  const opened = await printView;
  await expect(opened).toHaveURL(/#\/print\/book\//);
  await opened.close();

  // Open brief goes to the brief concerned, to fix it there.
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await dialog.getByRole('button', { name: `Open brief: ${TITLE} 🛰️ — No source recorded` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
});

test('the pre-flight dialog in the dark theme', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  await app.importFiles('print/satellite-link.md');
  await app.closeImportReport();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('button', { name: new RegExp(`^Add ${TITLE}`) }).click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await app.answerMarkingQuestion('No marking');
  await expect(page.getByRole('dialog', { name: 'Check before export' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'preflight-dark.png') });
});
