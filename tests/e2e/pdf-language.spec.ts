// A book's printed labels follow the book's language, not the UI's: an English-speaking desk
// prepares a Spanish book in the composer and exports it through the desktop app's PDF service
// (Chromium print session), then reads it back with pdftotext.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.js';
import { getAll } from './support/idb.js';
import { allPages } from './support/pdf-tools.js';
import { exportBookPdf } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import type { Book } from '../../renderer/src/domain/types.js';

const squash = (text: string): string => text.replace(/\s/g, '').toUpperCase();
const OUT = path.resolve(process.env.E2E_OUTPUT ?? 'test-results', 'pdf-language');

test('a Spanish book prints Spanish labels, page footers and dates from an English UI', async ({ app, page, baseURL }) => {
  test.setTimeout(180_000);
  await app.open();
  await page.getByRole('button', { name: 'Load sample book' }).click();
  await expect(page).toHaveURL(/#\/books\/.+/, { timeout: 60_000 });
  const bookId = decodeURIComponent(page.url().split('#/books/')[1]!);

  await page.getByRole('combobox', { name: 'Book language' }).selectOption('es');
  await expect.poll(async () => (await getAll<Book>(page, 'books')).find((b) => b.id === bookId)?.options.language).toBe('es');
  // The UI itself stays English.
  await expect(app.nav('Library')).toBeVisible();

  const session = playwrightPrintSession(page.context());
  const result = await exportBookPdf(session, `${baseURL}#/print/book/${encodeURIComponent(bookId)}`);
  await session.close();
  expect(result.verified).toBe(true);
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, 'libro.pdf');
  await writeFile(file, result.pdf);

  const pages = allPages(file);
  const all = pages.join('\n');
  pages.forEach((text, i) => expect(text, `footer on page ${i + 1}`).toContain(`Página ${i + 1} de ${pages.length}`));
  expect(all).not.toMatch(/Page \d+ of \d+/);

  // The cover, then the summary for the principal, then the contents.
  const [cover = '', summary = '', contents = ''] = pages;
  expect(summary).toMatch(/^\s*Resumen para el titular\s*$/m);
  expect(summary).toContain('Tareas abiertas y bloqueadas');
  expect(summary).not.toContain('Summary for the principal');
  // Kickers and labels are set in letter-spaced capitals, which pdftotext spreads out.
  expect(squash(cover)).toContain('CARPETAINFORMATIVA');
  expect(cover).toContain('Preparado por');
  expect(cover).toContain('Fecha');
  // 2031-06-12 in Spanish (Mexico): "12 jun 2031", whatever the UI's locale.
  expect(cover).toMatch(/12 jun\.? 2031/);
  expect(cover).not.toContain('Prepared by');
  expect(contents).toMatch(/^\s*Contenido\s*$/m);
  expect(contents).toContain('Resumen para el titular');
  expect(contents).toContain('Lista de tareas');
  expect(contents).toContain('Fuentes');
  expect(contents).not.toMatch(/^\s*Contents\b/m);

  expect(squash(all)).toContain('PORQUÉIMPORTA');
  expect(squash(all)).not.toContain('WHYTHISMATTERS');
  expect(all).toMatch(/Tarea\s+Estado/);
});
