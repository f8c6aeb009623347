// Renders build/icon.svg to the PNG sizes electron-builder wants, with Debian's Chromium.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const executablePath = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
const svg = await readFile('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath });
await mkdir('build/icons', { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}`);
  const png = await page.screenshot({ omitBackground: true });
  await writeFile(`build/icons/${size}x${size}.png`, png);
  if (size === 512) await writeFile('build/icon.png', png);
  await page.close();
}
await browser.close();
