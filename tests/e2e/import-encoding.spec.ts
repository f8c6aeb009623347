// A saved page whose bytes are UTF-8 but whose <meta> still declares gb2312 (the shared qq page,
// read from ../shared) imports with a readable title, chosen through the file chooser.
import path from 'node:path';
import { test, expect } from './fixtures.js';

const QQ = path.resolve('..', 'shared', 'corpora', 'readability-pages', 'qq', 'source.html');

test('a UTF-8 page that declares gb2312 imports with a readable title', async ({ app, page }) => {
  await app.open();
  await app.importFiles(QQ);
  await app.closeImportReport();
  await app.nav('Library').click();
  const item = app.briefItem(/DeepMind新电脑已可利用记忆自学/);
  await expect(item).toBeVisible();
  await expect(page.getByText(/鏂扮數|鑴戝/)).toHaveCount(0);
});
