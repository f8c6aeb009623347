// The README's screenshots, taken from the preview build: `npm run screenshots` sets
// SCREENSHOTS_DIR (docs/screenshots) and runs this file; every other run writes them to
// test-results/screenshots, so the suite still looks at every view. It starts from
// an empty library, loads the sample book like a new user would, and captures the main views and
// the first pages of the exported PDF (rendered with poppler's pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from './fixtures.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';

const DIR = process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots';
/** The sample book's cover, contents and first brief (page 3 is the principal's summary, 4 a section divider). */
const PDF_PAGES = { cover: 1, contents: 2, brief: 5 };

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });

test('README screenshots', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  const out = path.resolve(DIR);
  await mkdir(out, { recursive: true });
  const shot = async (name: string): Promise<void> => {
    await settle(page);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
  };

  await app.open();
  await expect(page.getByRole('button', { name: 'Load sample book' })).toBeVisible();
  await shot('01-first-run');

  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  const bookId = decodeURIComponent(page.url().split('#/books/')[1]!);
  await page.getByRole('status').filter({ hasText: 'Sample book loaded' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
  await shot('05-book-composer');

  await app.nav('Library').click();
  await expect(app.briefList().getByRole('listitem')).toHaveCount(4);
  await shot('02-library');

  await app.briefItem(/Harbour Corridor Talks/).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem')).toHaveCount(2);
  await shot('03-reader');

  await app.nav('Checklists').click();
  await expect(page.getByRole('combobox', { name: /^Owner of “Pilot the shared electronic window/ })).toBeVisible();
  await shot('04-checklists');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await shot('06-settings');

  const session = playwrightPrintSession(page.context());
  const { pdf } = await exportBookPdf(session, `${baseURL}#/print/book/${encodeURIComponent(bookId)}`);
  await session.close();
  const work = await mkdtemp(path.join(tmpdir(), 'chancery-shots-'));
  try {
    const file = path.join(work, 'book.pdf');
    await writeFile(file, pdf);
    for (const [name, n] of Object.entries(PDF_PAGES)) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', file, path.join(out, `07-pdf-${name}`)]);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

/** Fonts loaded, no caret blinking, nothing mid-transition. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
}
