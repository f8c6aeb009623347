// Page object for the Chancery window: what a user sees and does, by role and name.
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

export class AppPage {
  constructor(readonly page: Page) {}

  async open(hash = '#/library'): Promise<void> {
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }

  nav(name: 'Library' | 'Checklists' | 'Books'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
  }

  /** Imports files through the Import button's file chooser and waits for the batch report. */
  async importFiles(...files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(files.map((f) => path.resolve(FIXTURES, f)));
    await expect(this.page.getByRole('region', { name: 'Import' }).getByRole('heading')).toContainText('Import finished');
  }

  briefList(): Locator {
    return this.page.getByRole('list', { name: 'Briefs' });
  }

  briefItem(title: string | RegExp): Locator {
    return this.briefList().getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  article(): Locator {
    return this.page.getByRole('article');
  }
}
