// Opening a Chancery profile for a CLI command: the renderer bundle beside this CLI, served on
// the fixed headless origin, and the automation page with window.chanceryHeadless, unlocked
// with --passphrase-file when the profile is protected.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { openChromiumHost, type ChromiumHost } from '../chromium-host.js';
import { CliError, EXIT } from './command.js';
import type { Passphrase } from './passphrase-file.js';

/** dist/renderer, next to dist/headless where the built CLI runs. */
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

export interface OpenProfile {
  host: ChromiumHost;
  /** The automation page (renderer/headless.html), ready. */
  automation: Page;
}

/** A protected profile is refused without a passphrase, and with a wrong one (nothing changed). */
async function unlock(automation: Page, profile: string, passphrase: Passphrase | null): Promise<void> {
  if ((await automation.evaluate(() => window.chanceryHeadless!.protection())) !== 'locked') return;
  if (!passphrase) {
    throw new CliError(`The profile ${profile} is protected by a passphrase: pass --passphrase-file FILE, a file holding the passphrase on one line.`, EXIT.usage);
  }
  if ((await automation.evaluate((p) => window.chanceryHeadless!.unlock(p), passphrase.text)) === 'wrong') {
    throw new CliError(`The passphrase in ${passphrase.file} does not unlock the profile ${profile}; nothing was changed.`);
  }
}

/**
 * `protect` rebuilds a profile's database from this sealed copy of its library; while it exists
 * the rebuild is unfinished, and only `protect` may open the profile (to finish it).
 */
export const PROTECT_PENDING_FILE = 'chancery-protect-pending.chancery';

export const protectPending = (profileDir: string): boolean => existsSync(path.join(path.resolve(profileDir), PROTECT_PENDING_FILE));

export async function openProfile(profileDir: string, passphrase: Passphrase | null = null, options: { forProtect?: boolean } = {}): Promise<OpenProfile> {
  const profile = path.resolve(profileDir);
  if (!existsSync(profile) || !statSync(profile).isDirectory()) {
    throw new CliError(`Profile folder not found: ${profile}. Pass --profile with an existing Chancery profile.`, EXIT.usage);
  }
  if (protectPending(profile) && !options.forProtect) {
    throw new CliError(`Turning protection on for ${profile} was interrupted: run "protect" again with the same --passphrase-file to finish it first.`);
  }
  if (!existsSync(path.join(RENDERER_DIR, 'headless.html'))) {
    throw new CliError(`The renderer bundle is missing at ${RENDERER_DIR}: run "node scripts/build.mjs --renderer --headless" first.`);
  }
  const host = await openChromiumHost(profile, RENDERER_DIR);
  try {
    const automation = await host.context.newPage();
    await automation.goto(`${host.baseUrl}headless.html`);
    await automation.waitForFunction(() => document.documentElement.dataset.headlessReady === 'true');
    // `protect` looks at the state itself, and never unlocks.
    if (!options.forProtect) await unlock(automation, profile, passphrase);
    return { host, automation };
  } catch (error) {
    await host.close();
    throw error;
  }
}
