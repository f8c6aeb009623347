// Journey: back up the library encrypted with a passphrase (the default), then restore it: a
// wrong passphrase is refused with nothing changed, the right one opens it and replaces the library.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures.js';

const KEPT = 'Port Authority Talks Close With a Customs Timetable';
const LATER = 'North Gate Follow-up Note';
const PASSPHRASE = 'lanterns over a quiet harbour';

// A protected library backs up and restores the same way: its backup worker opens it with the
// window's key (the user walk found both refused as "locked").
for (const protectedLibrary of [false, true]) {
  test(`an encrypted backup${protectedLibrary ? ' of a protected library' : ''}: saved with a passphrase, refused with a wrong one, restored with the right one`, async ({ app, page }) => {
    test.setTimeout(protectedLibrary ? 300_000 : 180_000);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'chancery-sealed-'));
    const settings = () => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' });
    try {
      await app.open();
      await app.importFiles('e2e/port-authority-talks.md');
      await app.closeImportReport();
      if (protectedLibrary) await app.protectLibrary('a different passphrase for the library');
      await settings().click();

      // The backup asks for a passphrase twice, and refuses a short one or two that differ.
      await page.getByRole('button', { name: 'Back up library…' }).click();
      const seal = page.getByRole('dialog', { name: 'Encrypt the file with a passphrase' });
      await seal.getByLabel('Passphrase', { exact: true }).fill('too short');
      await seal.getByLabel('Type the passphrase again').fill('too short');
      await seal.getByRole('button', { name: 'Encrypt and save…' }).click();
      await expect(seal.getByRole('alert')).toHaveText('Use at least 10 characters.');
      await seal.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await seal.getByLabel('Type the passphrase again').fill(`${PASSPHRASE}.`);
      await seal.getByLabel('Type the passphrase again').press('Enter');
      await expect(seal.getByRole('alert')).toHaveText('The two passphrases are not the same.');
      await seal.getByLabel('Type the passphrase again').fill(PASSPHRASE);
      const download = page.waitForEvent('download');
      await seal.getByRole('button', { name: 'Encrypt and save…' }).click();
      const backup = path.join(dir, 'library.chancery');
      await (await download).saveAs(backup);
      await expect(seal).toBeHidden();
      expect((await readFile(backup)).subarray(0, 16).toString('latin1')).toBe('CHANCERY-SEALED\n');

      // The library changes after the backup.
      await app.importFiles('e2e/north-gate-follow-up.md');
      await app.closeImportReport();
      await settings().click();

      const restoreFrom = async () => {
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Restore from a backup…' }).click();
        await (await chooser).setFiles(backup);
      };
      const open = page.getByRole('dialog', { name: 'This file is encrypted' });
      await restoreFrom();
      await expect(open).toContainText('Enter the passphrase that “library.chancery” was saved with.');
      await open.getByLabel('Passphrase', { exact: true }).fill('lanterns over a quiet harbor');
      await open.getByRole('button', { name: 'Open' }).click();
      await expect(open.getByRole('alert')).toHaveText('That passphrase does not open the file. Nothing in your library was changed.');
      await open.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('region', { name: 'File to restore' })).toHaveCount(0);
      await app.nav('Library').click();
      await expect(app.briefItem(KEPT)).toBeVisible();
      await expect(app.briefItem(LATER)).toBeVisible();

      await settings().click();
      await restoreFrom();
      await open.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await open.getByLabel('Passphrase', { exact: true }).press('Enter');
      const offer = page.getByRole('region', { name: 'File to restore' });
      await expect(offer).toContainText('It holds 1 brief,');
      await offer.getByRole('button', { name: 'Replace library' }).click();
      await expect(page.getByRole('table', { name: 'What changed' }).getByRole('row', { name: /Briefs/ })).toHaveText(/Briefs\s*1\s*0\s*0/);
      await app.nav('Library').click();
      await expect(app.briefItem(KEPT)).toBeVisible();
      await expect(app.briefItem(LATER)).toHaveCount(0);
      if (protectedLibrary) {
        // The restored library is still protected, and it still opens only with its own passphrase.
        await settings().click();
        await expect(page.getByRole('region', { name: 'Protection' })).toContainText('protected with a passphrase');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
