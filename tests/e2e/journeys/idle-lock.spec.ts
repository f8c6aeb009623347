// Journey: the diplomat leaves the laptop open on a brief. After the chosen idle time without a
// mouse or keyboard, the library locks by itself and nothing of it stays in the page; activity
// before then keeps it open. Time is moved with Playwright's clock, not waited for.
import { test, expect } from '../fixtures.js';
import { canaryTraces } from '../support/canary.js';

const CANARY = 'QUILLON-7K3-CANARY';
const PASSPHRASE = 'harbour lantern quay moss';

test('a protected library locks itself after the idle time, and activity puts that off', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await app.open();
  await app.importFiles('journeys/quillon-basin-cable.md');
  await app.closeImportReport();
  await app.protectLibrary(PASSPHRASE);
  await page.getByRole('combobox', { name: 'Lock after inactivity' }).selectOption({ label: '1 minute' });

  await app.nav('Library').click();
  await app.briefItem(/Quillon Basin Cable/).getByRole('link').click();
  await expect(app.article().getByRole('heading', { level: 1 })).toContainText(CANARY);

  // 50 idle seconds: still open. The mouse moves; 40 more seconds: still open, the minute counts from the move.
  await page.clock.fastForward('00:50');
  await expect(app.article()).toBeVisible();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 340);
  await page.clock.fastForward('00:40');
  await expect(app.article()).toBeVisible();
  await expect(app.lockScreen()).toHaveCount(0);

  // A full idle minute after the move: locked, and the brief is gone from the page.
  await page.clock.fastForward('00:25');
  await expect(app.lockScreen()).toBeVisible();
  expect(await canaryTraces(page, CANARY)).toEqual([]);

  await app.typeInto('Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(app.article().getByRole('heading', { level: 1 })).toContainText(CANARY, { timeout: 30_000 });
});
