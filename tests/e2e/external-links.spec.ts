// Every way out of the app asks first: each kind of link activation in a brief and in a note
// brings up the one link dialog naming the host, and nothing opens until the user confirms.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { ReaderPage } from './pages/app.js';

const SCHEDULE = 'https://levies.example.org/schedule?year=2031';

test.beforeEach(async ({ app }) => {
  await app.open();
  await app.importFiles('e2e/outbound-links.md');
  await expect(app.article().getByRole('heading', { level: 1 })).toHaveText('Lighthouse Levy Reading List');
});

/** Pages opened besides the app (a new tab or window would be a way out). */
function watchNewPages(context: BrowserContext): Page[] {
  const opened: Page[] = [];
  context.on('page', (p) => opened.push(p));
  return opened;
}

const linkDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave Chancery?' });

async function expectAskedAbout(page: Page, host: string, url: string): Promise<void> {
  const dialog = linkDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.host')).toHaveText(host);
  await expect(dialog).toContainText(url);
  // Cancel has the focus, so Enter or Escape never leaves by accident.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
}

async function cancel(page: Page): Promise<void> {
  await linkDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(linkDialog(page)).toBeHidden();
}

test('left, middle and Ctrl/Shift clicks and Enter on a link in a brief all ask first, naming the host', async ({ page, context }) => {
  const opened = watchNewPages(context);
  const appUrl = page.url();
  const link = new ReaderPage(page).body().getByRole('link', { name: 'annual levy schedule' });

  await link.click();
  await expectAskedAbout(page, 'levies.example.org', SCHEDULE);
  await cancel(page);

  await link.click({ button: 'middle' });
  await expectAskedAbout(page, 'levies.example.org', SCHEDULE);
  await page.keyboard.press('Escape');
  await expect(linkDialog(page)).toBeHidden();

  await link.click({ modifiers: ['Control'] });
  await expectAskedAbout(page, 'levies.example.org', SCHEDULE);
  await cancel(page);

  await link.click({ modifiers: ['Shift'] });
  await expectAskedAbout(page, 'levies.example.org', SCHEDULE);
  await cancel(page);

  await link.press('Enter');
  await expectAskedAbout(page, 'levies.example.org', SCHEDULE);
  await cancel(page);

  expect(opened, 'no tab or window opened without confirmation').toEqual([]);
  expect(page.url()).toBe(appUrl);
});

test('an http link is offered as https, and opens only once the user confirms', async ({ page, context }) => {
  const opened = watchNewPages(context);
  // The system browser is played by a route: the request never leaves the test.
  await context.route('https://archive.example.net/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>outside</title>' }));
  await new ReaderPage(page).body().getByRole('link', { name: 'plain web copy' }).click();
  await expectAskedAbout(page, 'archive.example.net', 'https://archive.example.net/levy.html');
  expect(opened).toEqual([]);
  const popup = context.waitForEvent('page');
  await linkDialog(page).getByRole('button', { name: 'Open in browser' }).click();
  expect((await popup).url()).toBe('https://archive.example.net/levy.html');
  await expect(linkDialog(page)).toBeHidden();
});

test('mail and page-fragment links go nowhere and say why', async ({ page, context }) => {
  const opened = watchNewPages(context);
  const appUrl = page.url();
  const body = new ReaderPage(page).body();
  await body.getByRole('link', { name: 'board secretary' }).click();
  await expect(page.locator('cy-toast-region').getByText('Chancery opens only web (https) links')).toBeVisible();
  await body.getByRole('link', { name: 'closing remarks' }).click({ button: 'middle' });
  await expect(linkDialog(page)).toBeHidden();
  expect(opened).toEqual([]);
  expect(page.url()).toBe(appUrl);
});

test('a link inside a note in the sidebar asks first instead of taking the app away', async ({ page, context }) => {
  const opened = watchNewPages(context);
  const appUrl = page.url();
  const reader = new ReaderPage(page);
  // The page object's selection helper (shared with the reader tests, which the selection work will move to mouse drags).
  await reader.select('The board expects the schedule');
  await page.keyboard.press('n');
  const note = page.getByRole('dialog', { name: 'Note' });
  await note.getByLabel('Note (Markdown)').fill('Compare with [last year](https://notes.example.com/levy-2030)');
  await note.getByRole('button', { name: 'Save' }).click();
  const noteLink = reader.sidebar().getByRole('link', { name: 'last year' });

  await noteLink.click();
  await expectAskedAbout(page, 'notes.example.com', 'https://notes.example.com/levy-2030');
  await cancel(page);
  await noteLink.click({ button: 'middle' });
  await expectAskedAbout(page, 'notes.example.com', 'https://notes.example.com/levy-2030');
  await cancel(page);

  expect(opened).toEqual([]);
  expect(page.url()).toBe(appUrl);
  await expect(reader.sidebar()).toBeVisible();
});
