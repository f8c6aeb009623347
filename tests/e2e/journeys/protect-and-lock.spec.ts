// Journey: a diplomat protects the library with a passphrase, locks it before stepping away, and
// comes back. While locked nothing of the library is in the page; a wrong passphrase changes
// nothing; the right one returns to the same brief at the same scroll position.
import { test, expect } from '../fixtures.js';
import { canaryTraces } from '../support/canary.js';

const CANARY = 'QUILLON-7K3-CANARY';
const PASSPHRASE = 'harbour lantern quay moss';

test('protect the library, lock it, refuse a wrong passphrase, and unlock to the same place', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  // The empty library offers protection once, quietly.
  await expect(page.getByRole('complementary', { name: 'Protect this library with a passphrase?' })).toBeVisible();
  await app.importFiles('journeys/quillon-basin-cable.md');
  await app.closeImportReport();
  await app.protectLibrary(PASSPHRASE);
  await expect(page.getByRole('combobox', { name: 'Lock after inactivity' })).toHaveValue('10');

  // Read the brief well into its text.
  await app.nav('Library').click();
  await app.briefItem(/Quillon Basin Cable/).getByRole('link').click();
  const title = app.article().getByRole('heading', { level: 1 });
  await expect(title).toContainText(CANARY);
  expect(await canaryTraces(page, CANARY), 'the check finds the canary while the brief is shown').not.toEqual([]);
  const briefUrl = page.url();
  await page.mouse.move(700, 450);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 600);
  await expect(title).not.toBeInViewport();
  const marker = app.article().getByText(/^Section \d+\./).filter({ visible: true });
  // The first paragraph whose top is inside the window, and where it stands.
  let paragraph = marker.first();
  for (const candidate of await marker.all()) {
    const box = await candidate.boundingBox();
    if (box && box.y > 60) {
      paragraph = candidate;
      break;
    }
  }
  const name = (await paragraph.innerText()).split('.')[0]!;
  const before = (await paragraph.boundingBox())!.y;

  // Lock now, from the keyboard: only the lock screen is left.
  await page.keyboard.press('Control+l');
  const lock = app.lockScreen();
  await expect(lock).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect(await canaryTraces(page, CANARY)).toEqual([]);

  // A wrong passphrase: told so, still locked, still nothing of the library.
  await app.typeInto('Passphrase', 'harbour lantern quay mist');
  await page.keyboard.press('Enter');
  await expect(lock.getByRole('alert')).toHaveText('That is not the passphrase of this library. The library stays locked.');
  await expect(lock.getByRole('status')).toContainText(/Wait \d+ seconds? before trying again/);
  await expect(lock).toBeVisible();
  expect(await canaryTraces(page, CANARY)).toEqual([]);

  // The right one, once the short wait is over: the same brief, scrolled to the same place.
  await expect(lock.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  await app.typeInto('Passphrase', PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0, { timeout: 30_000 });
  expect(page.url()).toBe(briefUrl);
  const again = app.article().getByText(new RegExp(`^${name}\\.`));
  await expect(again).toBeInViewport();
  await expect(title).not.toBeInViewport();
  await expect.poll(async () => Math.round((await again.boundingBox())?.y ?? -1)).toBeGreaterThan(Math.round(before) - 3);
  await expect.poll(async () => Math.round((await again.boundingBox())?.y ?? -1)).toBeLessThan(Math.round(before) + 3);

  // After a reload the library opens locked.
  await page.reload();
  await expect(lock).toBeVisible();
  expect(await canaryTraces(page, CANARY)).toEqual([]);
});
