// Opening a Chancery profile for a CLI command: the renderer bundle beside this CLI, served on
// the fixed headless origin, and the automation page with window.chanceryHeadless.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { openChromiumHost, type ChromiumHost } from '../chromium-host.js';
import { CliError, EXIT } from './command.js';

/** dist/renderer, next to dist/headless where the built CLI runs. */
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

export interface OpenProfile {
  host: ChromiumHost;
  /** The automation page (renderer/headless.html), ready. */
  automation: Page;
}

export async function openProfile(profileDir: string): Promise<OpenProfile> {
  const profile = path.resolve(profileDir);
  if (!existsSync(profile) || !statSync(profile).isDirectory()) {
    throw new CliError(`Profile folder not found: ${profile}. Pass --profile with an existing Chancery profile.`, EXIT.usage);
  }
  if (!existsSync(path.join(RENDERER_DIR, 'headless.html'))) {
    throw new CliError(`The renderer bundle is missing at ${RENDERER_DIR}: run "node scripts/build.mjs --renderer --headless" first.`);
  }
  const host = await openChromiumHost(profile, RENDERER_DIR);
  try {
    const automation = await host.context.newPage();
    await automation.goto(`${host.baseUrl}headless.html`);
    await automation.waitForFunction(() => document.documentElement.dataset.headlessReady === 'true');
    return { host, automation };
  } catch (error) {
    await host.close();
    throw error;
  }
}
