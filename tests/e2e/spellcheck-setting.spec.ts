// Settings tells the user how spelling is checked, as the host reports it: the desktop app on
// Linux (the fake bridge) has it off, because Chromium's checker would download dictionaries.
import { test, expect } from './fixtures.js';
import { fakeDesktopBridge } from './support/fake-desktop.js';

test('the desktop app on Linux says spell checking is off, and why', async ({ app, page }) => {
  await page.addInitScript(fakeDesktopBridge);
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText('Spell checking', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Off on Windows and Linux: .* download its dictionaries/)).toBeVisible();
});

test('the preview leaves spell checking to the browser', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText('Your browser’s own checker, as the browser is set up.')).toBeVisible();
  await expect(page.getByText(/^Off on Windows and Linux/)).toHaveCount(0);
});
