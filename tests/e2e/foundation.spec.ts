import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { AppPage } from './pages/app.js';
import { chromiumPath } from '../harness/chromium.js';

test('the shell has landmarks, named navigation, a search box and helpful empty states', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await app.nav('Checklists').click();
  await expect(page).toHaveURL(/#\/checklists$/);
  await expect(app.nav('Checklists')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'No checklist items yet' })).toBeVisible();
  await app.nav('Books').click();
  await expect(page.getByRole('heading', { name: 'No briefing books yet' })).toBeVisible();
});

test('a Markdown file with a table is imported, listed and opened with its table', async ({ app }) => {
  await app.open();
  await app.importFiles('e2e/port-authority-talks.md');
  await app.nav('Library').click();
  const item = app.briefItem(/Port Authority Talks Close With a Customs Timetable/);
  await expect(item).toBeVisible();
  await item.getByRole('link').click();
  const article = app.article();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText('Port Authority Talks Close With a Customs Timetable');
  const table = article.getByRole('table');
  await expect(table).toHaveCount(1);
  await expect(table.getByRole('columnheader')).toHaveText(['Crossing', 'Trucks per day', 'Average wait (hours)']);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(2)).toContainText('Harbour Bridge');
});

test('the library survives a browser restart on a persistent profile', async ({ baseURL }) => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-profile-'));
  try {
    for (const round of [1, 2]) {
      const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), baseURL });
      const app = new AppPage(context.pages()[0] ?? (await context.newPage()));
      await app.open();
      if (round === 1) {
        await app.importFiles('e2e/port-authority-talks.md');
        await app.nav('Library').click();
      }
      await expect(app.briefItem(/Port Authority Talks/)).toBeVisible();
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
