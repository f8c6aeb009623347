// A saved web page full of things that load or run (remote styles, fonts, images, scripts, frames,
// a refresh, a CSP of its own) imports through the Import button like any page: the article's
// words arrive, and the window never touches any of it. HTML is parsed in the import worker, in a
// DOM of its own, so the page's resources are not even looked at: no CSP violation, no console
// error or warning, no request (the offline guard in fixtures.ts fails any request that leaves).
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { FIXTURES, ReaderPage } from './pages/app.js';

type Watched = Window & { __violations: string[] };

test('a hostile saved page imports without a CSP violation, console error or request', async ({ page, app }) => {
  await page.context().addInitScript(() => {
    const w = window as unknown as Watched;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path.join(FIXTURES, 'e2e/hostile-page.html'));
  const panel = page.getByRole('region', { name: 'Import' });
  await expect(panel.getByRole('heading')).toContainText('Import finished: 1 imported');

  await panel.getByRole('link', { name: 'Lanterne Strait Ferry Review' }).click();
  const body = new ReaderPage(page).body();
  await expect(body).toContainText('the board proposed moving two sailings');
  await expect(body.getByRole('link', { name: 'the published notice' })).toHaveAttribute('href', 'https://lanterne.invalid/notice');
  await expect(body.getByRole('link', { name: 'the notice', exact: true })).toHaveCount(0);
  await expect(body.locator('iframe, object, embed, video, audio, svg, form, script, style')).toHaveCount(0);
  // The remote picture stands in as its alt text with a note: an image element with no address at all.
  await expect(body.getByRole('img', { name: 'The morning ferry at the quay' })).not.toHaveAttribute('src');
  await expect(body.locator('img[src], img[srcset], img[onerror]')).toHaveCount(0);

  // Whatever the page held never ran, loaded or was reported.
  expect(await page.evaluate(() => (window as unknown as Watched).__violations)).toEqual([]);
  expect(console).toEqual([]);
  expect(dialogs).toEqual([]);
  await expect(page).toHaveTitle(/Chancery/);
});
