// When the disk is full, a save says so in the same clear words as import does, and nothing the
// user typed is lost: the editor and the note dialog stay open with the draft. The full disk is
// Chromium's own quota for the page's origin, lowered through the DevTools protocol. Quotas are
// enforced only for an on-disk profile, and Chromium reads the quota when a browser first opens
// the library, so the brief is imported in one browser session and edited in the next, which
// starts with the quota already lowered (the disk filled up while Chancery was closed).
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from './fixtures.js';
import { AppPage, ReaderPage } from './pages/app.js';
import { chromiumPath } from '../harness/chromium.js';

const TITLE = /Port Authority Talks Close With a Customs Timetable/;
const DISK_FULL = 'The disk is full, so nothing was saved: free some space, or back up the library and empty the Trash, then try again.';

// Two browser sessions a test: allow them the time of two.
base.describe.configure({ timeout: 120_000 });

const test = base.extend<{ fullDiskPage: Page }>({
  fullDiskPage: async ({ baseURL }, use) => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-disk-full-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), baseURL });
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    try {
      const first = await launch();
      const app = new AppPage(first.pages()[0] ?? (await first.newPage()));
      await app.open();
      await app.importFiles('e2e/port-authority-talks.md');
      await expect(app.article().getByRole('heading', { level: 1 })).toHaveText(TITLE);
      const briefHash = new URL(app.page.url()).hash;
      await first.close();

      const second = await launch();
      try {
        const page = second.pages()[0] ?? (await second.newPage());
        const stray: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) stray.push(request.url());
        });
        // One byte: nothing more can be written.
        await (await second.newCDPSession(page)).send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
        await new AppPage(page).open(briefHash);
        await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(TITLE);
        await use(page);
        expect(stray, 'requests that left the app').toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  },
});

test('saving the text on a full disk shows the clear message and keeps the draft in the editor', async ({ fullDiskPage: page }) => {
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByLabel('Markdown text');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nA paragraph typed while the disk was full.');
  await page.getByRole('button', { name: 'Save and re-anchor' }).click();

  const toasts = page.locator('cy-toast-region');
  await expect(toasts).toContainText(DISK_FULL);
  await expect(toasts).not.toContainText('QuotaExceededError');
  await expect(toasts).not.toContainText('Saved.');
  await expect(editor).toHaveValue(/A paragraph typed while the disk was full\.$/);
  await expect(page.getByRole('button', { name: 'Save and re-anchor' })).toBeEnabled();
});

test('a note saved on a full disk keeps the dialog open with the note and says why', async ({ fullDiskPage: page }) => {
  const reader = new ReaderPage(page);
  // The page object's selection helper, shared with the reader tests.
  await reader.select('ending a year of queues');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Note' });
  await dialog.getByLabel('Note (Markdown)').fill('Ask whether the queues were measured');
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(dialog.getByRole('alert')).toHaveText(DISK_FULL);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Note (Markdown)')).toHaveValue('Ask whether the queues were measured');
  await expect(reader.sidebar().getByRole('listitem')).toHaveCount(0);
});
