// Journey 8: a Spanish-speaking user picks Spanish and the dark theme in Settings, then walks the
// library, a brief, the checklists and the books. Each view is screenshotted for a person to look at.
import { test, expect } from '../fixtures.js';

const SHOTS = 'test-results/journeys/spanish-dark';

test('in Spanish and the dark theme, every main view speaks Spanish', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme', { exact: true }).click();
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Dark' });
  await page.getByLabel('Language', { exact: true }).click();
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });

  // Settings itself switches at once.
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Tema', { exact: true })).toHaveValue('dark');
  await expect(page.getByLabel('Idioma', { exact: true })).toHaveValue('es');
  await page.screenshot({ path: `${SHOTS}/settings.png`, fullPage: true });

  const nav = page.getByRole('navigation', { name: 'Principal' });
  await nav.getByRole('button', { name: 'Biblioteca' }).click();
  await expect(page.getByRole('heading', { name: 'Su biblioteca está vacía' })).toBeVisible();
  await expect(page.getByText(/^Importe artículos e informes/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/library-empty.png` });
  await page.getByRole('button', { name: 'Cargar carpeta de ejemplo' }).click();
  await expect(page.getByRole('status').getByText(/^Carpeta de ejemplo cargada/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Importación' }).getByRole('heading')).toContainText('4 importados');
  await page.getByRole('region', { name: 'Importación' }).getByRole('button', { name: 'Cerrar' }).click();

  // The library.
  await nav.getByRole('button', { name: 'Biblioteca' }).click();
  await expect(page.getByRole('heading', { name: 'Biblioteca', level: 1 })).toBeVisible();
  await expect(page.getByText('4 fichas', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Fichas' }).getByRole('listitem')).toHaveCount(4);
  // Soft: the header's search box is checked, and the walk goes on to list what else is left.
  await expect.soft(page.getByRole('searchbox', { name: 'Buscar', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/library.png` });

  // A brief.
  await page.getByRole('list', { name: 'Fichas' }).getByRole('link', { name: /Harbour Corridor Talks/ }).click();
  await expect(page.getByRole('toolbar', { name: 'Herramientas de lectura' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Editar texto' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Anotaciones en orden de lectura' }).getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/brief.png` });

  // The checklists.
  await nav.getByRole('button', { name: 'Listas de seguimiento' }).click();
  await expect(page.getByRole('heading', { name: 'Listas de seguimiento', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Agrupar por' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/checklists.png` });

  // The books, and the sample book's composer.
  await nav.getByRole('button', { name: 'Carpetas' }).click();
  await expect(page.getByRole('heading', { name: 'Carpetas', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nueva carpeta' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/books.png` });
  await page.getByRole('list', { name: 'Carpetas' }).getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Contenido de la carpeta' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Portada' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/book.png` });

  // The choice holds after a reload.
  await page.reload();
  await expect(nav.getByRole('button', { name: 'Carpetas' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('searchbox', { name: 'Buscar', exact: true })).toBeVisible();
});
