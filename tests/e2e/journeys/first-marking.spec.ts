// Journey: the first PDF export asks which handling marking to print, once. Nothing is printed
// that the user did not choose: "No marking" gives pages without one, a preset gives it on every
// page, Escape cancels the export and asks again next time, and a book with its own marking is
// never asked about. The PDFs are made by the desktop app's print service from the same print view.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, type Page } from '../fixtures.js';
import { ReaderPage, type AppPage } from '../pages/app.js';
import { allPages } from '../support/pdf-tools.js';
import { exportBookPdf } from '../../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../../main/headless/chromium-host.js';
import { MARKING_PRESETS } from '../../../renderer/src/domain/settings.js';

const FISHERIES = 'Lantern Strait Fisheries Accord Enters Its Final Round';
const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'first-marking');

test.use({ viewport: { width: 1024, height: 768 } });

/** Prints the view the export opened to a PDF, as the desktop app does, and returns each page's text. */
async function printedPages(page: Page, url: string, name: string): Promise<string[]> {
  const session = playwrightPrintSession(page.context());
  const { pdf } = await exportBookPdf(session, url.replace(/\?autoprint=1$/, ''));
  await session.close();
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  await writeFile(file, pdf);
  return allPages(file);
}

async function exportAnyway(page: Page): Promise<void> {
  const check = page.getByRole('dialog', { name: 'Check before export' });
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: 'Export anyway' }).click();
}

/** A new book holding the one imported brief, made through the composer as a user does. */
async function newBookWithFisheries(app: AppPage, page: Page): Promise<void> {
  await app.open();
  await app.importFiles('books/lantern-strait-fisheries.md');
  await app.closeImportReport();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();
  await page.getByRole('button', { name: `Add ${FISHERIES}` }).click();
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

test('the first export of a brief asks once; "No marking" by keyboard prints none', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.importAndOpen('books/lantern-strait-fisheries.md', new RegExp(FISHERIES));
  const reader = new ReaderPage(page);

  await reader.briefAction('Export PDF…');
  const question = app.markingQuestion();
  await expect(question).toBeVisible();
  // The safe answer is selected and has the focus: Enter never prints a word the user did not pick.
  const none = question.getByRole('radio', { name: 'No marking' });
  await expect(none).toBeChecked();
  await expect(none).toBeFocused();
  for (const preset of MARKING_PRESETS) await expect(question.getByRole('radio', { name: preset, exact: true })).not.toBeChecked();
  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  const view = await opened;
  await expect(view).toHaveURL(/#\/print\/book\/brief%3A|#\/print\/book\/brief:/);
  await expect(view.getByRole('heading', { name: FISHERIES }).first()).toBeVisible();
  const pages = await printedPages(page, view.url(), 'no-marking');
  await view.close();
  expect(pages.length).toBeGreaterThan(0);
  for (const [i, text] of pages.entries()) {
    for (const preset of MARKING_PRESETS) expect(text, `page ${i + 1}`).not.toContain(preset);
    // The bands are still there, holding only the page number.
    expect(text, `page ${i + 1} footer`).toContain(`Page ${i + 1} of ${pages.length}`);
  }

  // Asked once: the next export goes straight to the print view, after a reload too.
  await page.reload();
  await expect(page.getByRole('heading', { name: FISHERIES, level: 1 })).toBeVisible();
  const again = page.context().waitForEvent('page');
  await reader.briefAction('Export PDF…');
  await (await again).close();
  await expect(question).toBeHidden();

  // Settings shows the choice: no default marking.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Default handling marking', { exact: true })).toHaveValue('');
});

test('Escape cancels the first export and asks again; a preset chosen by mouse prints on every page and becomes the default', async ({ app, page }) => {
  test.setTimeout(120_000);
  await newBookWithFisheries(app, page);
  const marking = page.getByLabel('Handling marking', { exact: true });
  await expect(marking).toHaveValue('');

  const popups: Page[] = [];
  page.context().on('page', (p) => popups.push(p));
  const exportButton = page.getByRole('button', { name: 'Export PDF…' });
  await exportButton.click();
  const question = app.markingQuestion();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(exportButton).toBeFocused();
  expect(popups).toHaveLength(0);

  // "Other" with nothing typed is refused, not printed as an empty or made-up marking.
  await exportButton.click();
  await question.getByRole('radio', { name: 'Other:' }).click();
  await question.getByRole('button', { name: 'Use and export' }).click();
  await expect(question.getByRole('alert')).toHaveText('Type the marking, or choose another option.');
  await expect(question.getByRole('textbox', { name: 'Other marking' })).toBeFocused();

  const opened = page.context().waitForEvent('page');
  await question.getByText('FOR OFFICIAL USE ONLY', { exact: true }).click();
  await question.getByRole('button', { name: 'Use and export' }).click();
  await expect(question).toBeHidden();
  // Then the pre-flight check, as for every export: this brief's suggested item is not reviewed yet.
  await exportAnyway(page);
  const view = await opened;
  await expect(view).toHaveURL(/#\/print\/book\//);
  await expect(view.getByRole('region', { name: 'Cover' })).toContainText('FOR OFFICIAL USE ONLY');
  const pages = await printedPages(page, view.url(), 'preset');
  await view.close();
  for (const [i, text] of pages.entries()) expect(flat(text), `page ${i + 1}`).toContain('FOR OFFICIAL USE ONLY');
  // The book had no marking of its own: it takes the answer, where the user can see and change it.
  await expect(marking).toHaveValue('FOR OFFICIAL USE ONLY');

  // Asked once: the next export does not ask.
  const again = page.context().waitForEvent('page');
  await exportButton.click();
  await exportAnyway(page);
  await (await again).close();
  await expect(question).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Default handling marking', { exact: true })).toHaveValue('FOR OFFICIAL USE ONLY');
});

test('a book with its own marking is not asked about: that marking is the user\'s choice', async ({ app, page }) => {
  await newBookWithFisheries(app, page);
  await page.getByLabel('Handling marking', { exact: true }).fill('RESTRICTED — HARBOUR DESK');
  await page.getByLabel('Handling marking', { exact: true }).press('Tab');
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await exportAnyway(page);
  const view = await opened;
  await expect(view.getByRole('region', { name: 'Cover' })).toContainText('RESTRICTED — HARBOUR DESK');
  await view.close();
  await expect(app.markingQuestion()).toBeHidden();
});

for (const { scheme, language } of [
  { scheme: 'light', language: 'en' },
  { scheme: 'dark', language: 'en' },
  { scheme: 'light', language: 'es' },
  { scheme: 'dark', language: 'es' },
] as const) {
  test(`the marking question in ${scheme} ${language}`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await newBookWithFisheries(app, page);
    if (language === 'es') {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Language', { exact: true }).selectOption('es');
      await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible();
      await page.goBack();
    }
    await page.getByRole('button', { name: language === 'es' ? 'Exportar PDF…' : 'Export PDF…' }).click();
    const question = page.getByRole('dialog', { name: language === 'es' ? 'Marca de manejo de sus PDF' : 'Handling marking for your PDFs' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('radio', { name: language === 'es' ? 'Sin marca' : 'No marking' })).toBeFocused();
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, `question-${scheme}-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
  });
}
