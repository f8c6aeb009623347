// Writing a backup or book package in plain text, chosen explicitly in the passphrase dialog its
// button opens (past the warning), for specs about something other than encryption.
import { expect, type Download, type Page } from '@playwright/test';

/** Clicks `button`, chooses "Save without a passphrase" and resolves with the file's download. */
export async function savePlain(page: Page, button: string): Promise<Download> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Encrypt the file with a passphrase' });
  await dialog.getByRole('button', { name: 'Save without a passphrase…' }).click();
  await expect(page.getByRole('dialog', { name: 'Save without a passphrase?' })).toContainText('anyone who gets a copy of it can read');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save without a passphrase', exact: true }).click();
  return download;
}
