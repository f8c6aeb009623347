// The renderer's automation page (renderer/headless.html) on the benchmark's origin: it shares the
// profile's IndexedDB with the app and exposes renderer code as window.chanceryHeadless.
import type { Page } from '@playwright/test';
import type { ChanceryHeadlessApi } from '../../main/common/headless-api.js';

export type HeadlessWindow = Window & { chanceryHeadless: ChanceryHeadlessApi };

export async function openHeadless(page: Page, url: string): Promise<void> {
  await page.goto(`${url}headless.html`);
  await page.waitForFunction(() => document.documentElement.dataset.headlessReady === 'true');
}
