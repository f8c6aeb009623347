// The protection layer on Chromium's own IndexedDB, in a persistent profile: imports, notes, sorts
// by title and duplicate checks work inside real transactions, a restart is locked, a wrong
// passphrase is refused, and no file of the profile folder holds the canary. The same run
// without protection finds the canary on disk, which shows the scan would see it.
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../../../main/headless/chromium-host.js';

const ORIGIN = 'http://127.0.0.1:4433/';
const made: string[] = [];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function runInChromium(canary: string, protect: boolean): Promise<{ result: Record<string, unknown>; filesWithCanary: string[] }> {
  const bundle = await build({ entryPoints: [path.join(import.meta.dirname, 'chromium-probe.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-protection-'));
  made.push(profile);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath() });
  let result: Record<string, unknown>;
  try {
    // Served from memory: no server, and the canary reaches the page only as an argument.
    await context.route(`${ORIGIN}**`, (route) =>
      route.request().url().endsWith('/probe.js')
        ? route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0]!.text })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="probe.js"></script>' }),
    );
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.waitForFunction(() => document.title === 'ready');
    result = await page.evaluate(([c, p]) => (globalThis as unknown as { probe: (c: string, p: boolean) => Promise<Record<string, unknown>> }).probe(c, p), [canary, protect] as const);
  } finally {
    await context.close();
  }
  const needles = [Buffer.from(canary, 'latin1'), Buffer.from(canary, 'utf16le')];
  const filesWithCanary: string[] = [];
  for (const file of await filesUnder(profile)) {
    const bytes = await readFile(file);
    if (needles.some((n) => bytes.includes(n))) filesWithCanary.push(path.relative(profile, file));
  }
  return { result, filesWithCanary };
}

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

describe('protection in Chromium', () => {
  it('stores nothing readable on disk and works inside real transactions', async () => {
    const canary = `Kq${Date.now().toString(36)}canary`;
    const { result, filesWithCanary } = await runInChromium(canary, true);
    expect(result).toEqual({ duplicate: 'duplicate', count: 20, firstTitle: `Memo 0 ${canary}`, afterRestart: 'locked', wrong: 'PassphraseError' });
    expect(filesWithCanary).toEqual([]);
  }, 120_000);

  it('without protection the same canary is found in the profile (the scan sees plain text)', async () => {
    const canary = `Kq${Date.now().toString(36)}plain`;
    const { result, filesWithCanary } = await runInChromium(canary, false);
    expect(result).toMatchObject({ duplicate: 'duplicate', count: 20, afterRestart: 'off' });
    expect(filesWithCanary.some((f) => f.includes('IndexedDB'))).toBe(true);
  }, 120_000);
});
