// axe-core on every view, in light and dark themes: no violations allowed. The sepia and
// high-contrast themes, and Spanish in every theme, are in accessibility-themes.spec.ts.
import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';
import { fakeDesktopBridge } from './support/fake-desktop.js';
import { audit } from './support/axe-audit.js';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the import review and a guessed-title flag have no axe violations', async ({ app, page }) => {
      await app.importAndOpen('journeys/quay-repairs-page.txt', /Harbour Board Approves Quay Repairs/);
      await page.getByText(/Removed \d+ lines?: show/).click();
      await expect(page.getByRole('list', { name: 'Kept text' })).toBeVisible();
      await audit(page, 'import review');
      await app.importAndOpen('journeys/quay-notes-untitled.txt', /^The harbour board of Kessel/);
      await expect(page.getByRole('note').filter({ hasText: 'Title guessed from the text' })).toBeVisible();
      await audit(page, 'guessed title');
    });

    test('empty library, library, reader with annotations, checklists, inbox and books have no axe violations', async ({ app, page }) => {
      // Seven full audits: on a busy two-core machine they alone can take most of a minute.
      test.slow();
      await app.open();
      await audit(page, 'empty library');
      await app.importFiles('e2e/port-authority-talks.md', 'e2e/north-gate-follow-up.md');
      // The report tidies itself away after a while; close it now so the views are audited alone.
      await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
      await expect(app.article()).toHaveCount(0);
      await app.nav('Library').click();
      await expect(app.briefList().getByRole('listitem')).toHaveCount(2);
      await audit(page, 'library');

      await app.briefItem(/Port Authority Talks/).getByRole('link').click();
      const reader = new ReaderPage(page);
      await reader.highlight('share customs inspection data', 'Blue');
      await reader.highlight('ending a year of queues', 'Pink');
      await page.getByRole('button', { name: /^Accept “Both port authorities/ }).click();
      await audit(page, 'reader');

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await audit(page, 'shortcuts dialog');
      await page.keyboard.press('Escape');

      await app.nav('Checklists').click();
      await expect(page.getByRole('heading', { name: 'Checklists' })).toBeVisible();
      await audit(page, 'checklists');

      await app.nav('Inbox').click();
      await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
      await expect(page.getByRole('list', { name: /^Suggestions from / }).first()).toBeVisible();
      await audit(page, 'inbox');

      await app.nav('Books').click();
      await expect(page.getByRole('heading', { name: 'No briefing books yet' })).toBeVisible();
      await audit(page, 'books');
    });

    test('book composer, settings, the marking question, the export progress and error dialogs have no axe violations', async ({ app, page }) => {
      // Five audits and the sample book: more than the default minute on a busy machine.
      test.setTimeout(180_000);
      await page.addInitScript(fakeDesktopBridge);
      await app.open();
      await page.getByRole('button', { name: 'Load sample book' }).click();
      await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Aldoria–Corvenna Ministerial Visit', { timeout: 60_000 });
      await audit(page, 'book composer');

      // The sample book carries its own marking, so exporting it does not ask for one; without
      // it, the first export asks which default marking to use.
      const marking = page.getByRole('combobox', { name: 'Handling marking', exact: true });
      await marking.fill('');
      await marking.press('Tab');
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      await expect(app.markingQuestion()).toBeVisible();
      await audit(page, 'first-export marking question');
      await app.answerMarkingQuestion('No marking');
      await expect.poll(() => page.evaluate(() => (window as unknown as { exportRequests: unknown[] }).exportRequests.length)).toBe(1);
      await page.evaluate(() => (window as unknown as { pushProgress: (p: object) => void }).pushProgress({ phase: 'numbering', pass: 1 }));
      await expect(page.getByRole('dialog', { name: 'Exporting the PDF' })).toBeVisible();
      await audit(page, 'export progress dialog');
      await page.evaluate(() => (window as unknown as { finishExport: (r: unknown) => void }).finishExport({ ok: false, error: { code: 'x', message: 'Stopped.' } }));
      await page.getByRole('button', { name: /^Errors \(1\)$/ }).click();
      await expect(page.getByRole('dialog', { name: 'Recent errors' })).toBeVisible();
      await audit(page, 'error panel');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { name: 'Topics' })).toBeVisible();
      await audit(page, 'settings');
    });
  });
}
