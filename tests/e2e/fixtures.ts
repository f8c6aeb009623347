// Shared e2e fixtures: every test gets a page whose requests are watched; any request that
// leaves the preview server fails the test, because Chancery must never touch the network.
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app.js';

export const test = base.extend<{ app: AppPage; offlineGuard: string[] }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const stray: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) stray.push(url);
      });
      await use(stray);
      expect(stray, 'requests that left the app').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect, type Page };
