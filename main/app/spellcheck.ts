// Spell checking that never reaches the network. On macOS Chromium asks the system's own checker
// and downloads nothing. On Windows and Linux it checks with Hunspell dictionaries in Chromium's
// binary .bdic format, fetched from a Google CDN on first use. No npm package ships .bdic files
// and Chromium's converter cannot be built here, so on those platforms the checker is off
// (Settings says so).
import type { App, Session } from 'electron';
import { APP_ORIGIN } from '../common/csp.js';
import type { SpellcheckMode } from '../common/ipc-contract.js';

/**
 * Where Chromium would fetch Hunspell dictionaries from: a path on the app's own origin, which
 * serves none. Electron forms each URL as this base plus the dictionary's file name.
 */
export const DICTIONARY_BASE_URL = `${APP_ORIGIN}/spellcheck-dictionaries/`;

/** The desktop app's modes; `browser` is the preview's. */
export type DesktopSpellcheck = Exclude<SpellcheckMode, 'browser'>;

/** Which checker a platform gets: only macOS has one that works without downloading. */
export const spellcheckMode = (platform: string): DesktopSpellcheck => (platform === 'darwin' ? 'native' : 'off');

export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'
>;

/** Points the session's dictionary downloader at the app, then turns the checker on or off. */
export function configureSpellcheck(session: SpellcheckSession, mode: DesktopSpellcheck): void {
  // First, so that nothing done later (or by Chromium meanwhile) can ask the CDN. A no-op on macOS.
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_BASE_URL);
  if (mode === 'native') {
    session.setSpellCheckerEnabled(true);
    return;
  }
  // No languages means no dictionary is wanted at all: Electron has fetched dictionaries for
  // sessions whose windows all had `spellcheck: false`, so the preference alone is not enough.
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerEnabled(false);
}

/** Configures the default session now and every session Electron creates later (partitions). */
export function installSpellcheck(app: App, defaultSession: SpellcheckSession, mode: DesktopSpellcheck): void {
  configureSpellcheck(defaultSession, mode);
  app.on('session-created', (created) => configureSpellcheck(created, mode));
}
