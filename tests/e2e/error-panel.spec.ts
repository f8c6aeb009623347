// App-wide feedback: the error panel (errors collected from toasts, unhandled rejections and
// failed desktop results, copied for a bug report) and the desktop export's progress dialog.
// The desktop bridge cannot run here (no Electron binary), so the last test stands in a fake
// window.chancery that speaks the preload's contract and lets the test push export phases.
import { test, expect, type Page } from './fixtures.js';
import { fakeDesktopBridge } from './support/fake-desktop.js';

const errorsButton = (page: Page) => page.getByRole('button', { name: /^Errors \(\d+\)$/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Recent errors' });

test('errors from toasts and unhandled rejections are listed with details, copied and cleared', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  await expect(errorsButton(page)).toHaveCount(0);

  // A user's typing mistake is a field message, never an application error.
  await app.nav('Checklists').click();
  const due = page.getByRole('textbox', { name: /^Due of “Pilot the shared electronic window/ });
  await due.fill('next Blursday');
  await due.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot read this as a date' })).toBeVisible();
  await expect(errorsButton(page)).toHaveCount(0);

  // An error thrown by code and not caught.
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Sidebar lost its anchor');
    });
  });
  await expect(errorsButton(page)).toHaveText('Errors (1)');

  // A programming error nobody caught.
  await page.evaluate(() => {
    void Promise.reject(new Error('Index rebuild lost its cursor'));
  });
  await expect(errorsButton(page)).toHaveText('Errors (2)');

  await errorsButton(page).click();
  await expect(panel(page)).toBeVisible();
  const entries = panel(page).getByRole('list', { name: 'Errors, newest first' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Index rebuild lost its cursor');
  await expect(entries.nth(1)).toContainText('Sidebar lost its anchor');
  await entries.nth(0).getByText('Details').click();
  await expect(entries.nth(0).locator('pre')).toContainText('Error: Index rebuild lost its cursor');

  await panel(page).getByRole('button', { name: 'Copy details' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Details copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Chancery \S+: 2 recent error\(s\)/);
  expect(copied).toContain('Index rebuild lost its cursor');
  expect(copied).toContain('    Error: Index rebuild lost its cursor'); // the stack, indented
  expect(copied).toContain('Sidebar lost its anchor');
  expect(copied).toMatch(/\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\]/);

  // A clipboard that refuses: the report is shown selected for copying by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  await panel(page).getByRole('button', { name: 'Copy details' }).click();
  await expect(panel(page).getByRole('status')).toHaveText(/clipboard is not available/);
  await expect(panel(page).getByRole('textbox', { name: 'Error report' })).toHaveValue(/Index rebuild lost its cursor/);

  // Modal: Tab never reaches the page behind (between rounds it may rest on the document itself);
  // closing gives focus back to the header button.
  const stops: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.querySelector('cy-app-root')?.shadowRoot?.activeElement?.tagName ?? 'document'));
  }
  expect(stops.filter((s) => s !== 'CY-ERROR-PANEL' && s !== 'document')).toEqual([]);
  expect(stops).toContain('CY-ERROR-PANEL');
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(errorsButton(page)).toBeFocused();

  await errorsButton(page).click();
  await panel(page).getByRole('button', { name: 'Clear' }).click();
  await expect(panel(page).getByText('No errors recorded.')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(errorsButton(page)).toHaveCount(0);
});


test('the desktop export shows each phase, then a failed result lands in the error panel with its code', async ({ app, page }) => {
  await page.addInitScript(fakeDesktopBridge);
  await app.open();
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });

  // The sample book carries its own marking: a marking the user loaded with it, so the first
  // export's marking question does not apply (journeys/first-marking.spec.ts covers it).
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const requests = () => page.evaluate(() => (window as unknown as { exportRequests: unknown[] }).exportRequests.length);
  await expect.poll(requests).toBe(1);
  const dialog = page.getByRole('dialog', { name: 'Exporting the PDF' });
  const push = (p: object) => page.evaluate((p) => (window as unknown as { pushProgress: (p: object) => void }).pushProgress(p), p);
  await expect(dialog).toBeHidden(); // nothing to show until main reports a phase

  await push({ phase: 'rendering' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Rendering…');
  await expect(dialog.getByRole('progressbar')).toHaveJSProperty('value', 1);
  await push({ phase: 'numbering', pass: 2 });
  await expect(dialog.getByRole('status')).toHaveText('Numbering pages (pass 2)…');
  await expect(dialog.getByRole('progressbar')).toHaveJSProperty('value', 3);
  await push({ phase: 'finishing' });
  await expect(dialog.getByRole('status')).toHaveText('Finishing…');

  await page.evaluate(() =>
    (window as unknown as { finishExport: (r: unknown) => void }).finishExport({ ok: false, error: { code: 'print-failed', message: 'The print window crashed.' } }),
  );
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Export failed: The print window crashed.' })).toBeVisible();

  // One failure, one entry: the failed result's code joined to the toast's wording.
  await expect(errorsButton(page)).toHaveText('Errors (1)');
  await errorsButton(page).click();
  const entry = panel(page).getByRole('listitem');
  await expect(entry).toContainText('Export failed: The print window crashed.');
  await entry.getByText('Details').click();
  await expect(entry.locator('pre')).toHaveText('exportBookPdf failed (code: print-failed)');

  // Phases after the export settled do not reopen the dialog; a hidden dialog stays hidden.
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await push({ phase: 'finishing' });
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect.poll(requests).toBe(2);
  await push({ phase: 'rendering' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hide' }).click();
  await expect(dialog).toBeHidden();
  await push({ phase: 'numbering', pass: 1 });
  await expect(dialog).toBeHidden();
});
