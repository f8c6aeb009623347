// Scratch: screenshots of the reader popover and the checklists view, EN/ES × light/dark × two sizes.
import { chromium } from '@playwright/test';
const out = '/work/notes/shots';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium' });
for (const [w, h] of [[1024, 768], [1440, 900]]) {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['en', 'es']) {
      const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, locale: lang === 'es' ? 'es-MX' : 'en-US' });
      const page = await ctx.newPage();
      await page.goto('http://127.0.0.1:4199/#/library');
      const chooser = page.waitForEvent('filechooser');
      await page.locator('header').getByRole('button').last().click();
      await (await chooser).setFiles(['tests/fixtures/journeys/coastal-ferry-compact.md']);
      await page.getByRole('link', { name: /Coastal Ferry Compact/ }).first().click();
      await page.locator('cy-brief-reader .body p').first().waitFor();
      const p = page.locator('cy-brief-reader .body p').first();
      const b = await p.boundingBox();
      await page.mouse.move(b.x + 5, b.y + 10); await page.mouse.down(); await page.mouse.move(b.x + 300, b.y + 40, { steps: 8 }); await page.mouse.up();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/reader-${lang}-${scheme}-${w}.png` });
      await page.keyboard.press('r');
      await page.locator('cy-brief-reader').getByRole('button').filter({ hasText: /^(Accept|Aceptar)$/ }).first().click();
      await page.getByRole('navigation').getByRole('button').nth(1).click();
      const due = page.getByRole('textbox', { name: /^(Due|Vence|Fecha)/ }).first();
      await due.click(); await page.keyboard.press('Control+a'); await page.keyboard.type('next friday'); await page.keyboard.press('Tab');
      const due2 = page.getByRole('textbox', { name: /^(Due|Vence|Fecha)/ }).nth(1);
      await due2.click(); await page.keyboard.press('Control+a'); await page.keyboard.type('someday soon'); await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/checklists-${lang}-${scheme}-${w}.png` });
      await ctx.close();
    }
  }
}
await browser.close();
