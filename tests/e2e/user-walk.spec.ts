// Small breaks found by walking through the app as a new user: each test fails on the break.
import { test, expect, type Page } from './fixtures.js';
import { seedLibrary } from '../bench/seed.js';
import { generateRecords } from '../bench/generate.js';

interface PanelMoment {
  heading: string;
  statuses: string[];
}

/** Records every state the import panel shows, so a too-early "finished" cannot slip between polls. */
async function watchImportPanel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const panel = document.querySelector('cy-app-root')?.shadowRoot?.querySelector('cy-import-panel');
    const root = panel?.shadowRoot;
    if (!root) throw new Error('no import panel');
    const moments: PanelMoment[] = [];
    (window as unknown as { panelMoments: PanelMoment[] }).panelMoments = moments;
    new MutationObserver(() => {
      const heading = root.querySelector('h2')?.textContent ?? '';
      if (heading) moments.push({ heading, statuses: [...root.querySelectorAll('.status')].map((s) => s.textContent ?? '') });
    }).observe(root, { subtree: true, childList: true, characterData: true });
  });
}

test('"Load sample book" reports the import finished only when every file is in, with the real count', async ({ app, page }) => {
  await app.open();
  await watchImportPanel(page);
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sample book loaded' })).toBeVisible({ timeout: 60_000 });
  const region = page.getByRole('region', { name: 'Import' });
  await expect(region.getByRole('heading')).toHaveText('Import finished: 4 imported, 0 updated, 0 duplicate, 0 failed');
  const moments = await page.evaluate(() => (window as unknown as { panelMoments: PanelMoment[] }).panelMoments);
  expect(moments.some((m) => m.heading.startsWith('Importing'))).toBe(true);
  const finished = moments.filter((m) => m.heading.startsWith('Import finished'));
  expect(finished.length).toBeGreaterThan(0);
  for (const m of finished) {
    expect(m.heading).toBe('Import finished: 4 imported, 0 updated, 0 duplicate, 0 failed');
    expect(m.statuses).toEqual(['Imported', 'Imported', 'Imported', 'Imported']);
  }
  // The sample book's contents name its briefs.
  await expect(page.getByRole('list', { name: 'Book contents' }).getByRole('listitem', { name: /^Brief: Harbour Corridor Talks/ })).toHaveCount(1);
});

test('the print view has Back and Print, hidden when printed; Esc goes back; endnotes show formatted notes', async ({ app, page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await app.open();
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  const composer = page.url();
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page).toHaveURL(/#\/print\/book\//);
  const toolbar = page.getByRole('toolbar', { name: 'Print view' });
  await expect(toolbar).toBeVisible();

  // Endnotes: the note's Markdown is rendered (bold), never shown as source.
  const endnotes = page.getByRole('region', { name: 'Notes' }).first();
  await expect(endnotes.locator('strong', { hasText: 'opening remarks' })).toBeVisible();
  for (const section of await page.locator('cy-print-book .endnotes').all()) await expect(section).not.toContainText('**');

  await toolbar.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(toolbar).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await toolbar.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(composer);

  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(composer);

  // Opened on its own (as Export PDF opens it in the browser), Back leads to the book's composer.
  await page.goto(composer.replace('#/books/', '#/print/book/'));
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(composer);
});

test('in the Spanish UI the shortcuts dialog and the reasons for removed lines are in Spanish', async ({ app, page }) => {
  await app.open();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Atajos de teclado' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Buscar en la biblioteca' })).toBeVisible();
  await expect(dialog).not.toContainText('Search the library');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await (await chooser).setFiles({
    name: 'recorte.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      [
        'Junta del puerto aprueba reparaciones',
        'Share this article',
        'La junta del puerto aprobó el martes el plan de reparación del muelle norte, tras meses de retraso y varias audiencias públicas.',
        'Las obras empezarán en primavera y el muelle debería reabrir a los transbordadores antes del verano, según un comunicado.',
        'Leave a Reply',
        'Your email address will not be published. Required fields are marked *',
        'Post Comment',
      ].join('\n'),
    ),
  });
  await page.getByText(/Se quitaron \d+ líneas: ver/).click();
  const removed = page.getByRole('list', { name: 'Líneas quitadas al importar' });
  await expect(removed).toContainText('formulario de comentarios');
  await expect(removed).toContainText('etiqueta de navegación o de compartir');
  await expect(removed).not.toContainText('(comment form)');
});

test('the composer finds any brief of a large library by search, and browses it page by page', async ({ app, page }) => {
  const count = 2_000;
  await app.open();
  await seedLibrary(page, count, { chunk: 2000, words: 30, notes: 0, items: 0 });
  // The brief that sorts last by title: far beyond any first page of titles.
  const { briefs } = generateRecords(0, count, { words: 30, notes: 0, items: 0 });
  const last = briefs.map((b) => b.title).sort().at(-1)!;
  await page.reload();
  await app.nav('Books').click();
  await page.getByRole('button', { name: 'New book' }).click();

  const picker = page.getByRole('list', { name: 'Briefs to add' });
  await expect(picker.getByRole('listitem')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more briefs' }).click();
  await expect(picker.getByRole('listitem')).toHaveCount(100);

  await page.getByLabel('Search the library for briefs').fill(last);
  await page.getByRole('button', { name: `Add ${last}` }).click();
  await expect(page.getByRole('list', { name: 'Book contents' }).getByRole('listitem')).toHaveAccessibleName(`Brief: ${last}`);
});
