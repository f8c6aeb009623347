import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { isAppUrl } from '../../../main/common/csp.js';
import { installSecurityGuards } from '../../../main/app/security.js';
import { DICTIONARY_BASE_URL, configureSpellcheck, installSpellcheck, spellcheckMode } from '../../../main/app/spellcheck.js';
import { openMainWindow } from '../../../main/app/window.js';

const PLATFORMS = ['darwin', 'win32', 'linux', 'freebsd'] as const;
// Chromium's own dictionary names; Electron asks for `${base}${name in lower case}`.
const DICTIONARY_FILES = ['en-US-10-1.bdic', 'es-ES-3-0.bdic'];

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** A session stand-in that records every spell-checker call in order and keeps the request filter. */
function fakeSession() {
  const calls: [string, unknown][] = [];
  let beforeRequest: BeforeRequest | undefined;
  const record = (name: string) => (value: unknown) => void calls.push([name, value]);
  const session = {
    setSpellCheckerDictionaryDownloadURL: record('url'),
    setSpellCheckerLanguages: record('languages'),
    setSpellCheckerEnabled: record('enabled'),
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: (filter: BeforeRequest) => (beforeRequest = filter) },
  };
  const cancels = (url: string): boolean | undefined => {
    let cancel: boolean | undefined;
    beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  return { session: session as unknown as Session, calls, cancels };
}

const urlsSet = (calls: [string, unknown][]): unknown[] => calls.filter(([name]) => name === 'url').map(([, url]) => url);

describe('spellcheckMode', () => {
  it('uses the system checker on macOS only; elsewhere Chromium would download dictionaries', () => {
    expect(PLATFORMS.map(spellcheckMode)).toEqual(['native', 'off', 'off', 'off']);
  });
});

describe('configureSpellcheck', () => {
  it.each(PLATFORMS)('on %s points the dictionary downloader at the app before anything else', (platform) => {
    const { session, calls } = fakeSession();
    configureSpellcheck(session, spellcheckMode(platform));
    expect(calls[0]).toEqual(['url', DICTIONARY_BASE_URL]);
    expect(urlsSet(calls)).toHaveLength(1);
  });

  it('can only form dictionary URLs on the app origin', () => {
    expect(DICTIONARY_BASE_URL.endsWith('/')).toBe(true);
    for (const file of DICTIONARY_FILES) {
      const url = `${DICTIONARY_BASE_URL}${file.toLowerCase()}`;
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('turns the checker off with no languages where it would download', () => {
    const { session, calls } = fakeSession();
    configureSpellcheck(session, 'off');
    expect(calls).toEqual([
      ['url', DICTIONARY_BASE_URL],
      ['languages', []],
      ['enabled', false],
    ]);
  });

  it('keeps the system checker on macOS and sets no languages (the system detects them)', () => {
    const { session, calls } = fakeSession();
    configureSpellcheck(session, 'native');
    expect(calls).toEqual([
      ['url', DICTIONARY_BASE_URL],
      ['enabled', true],
    ]);
  });
});

describe('installSpellcheck', () => {
  it('configures the default session and every session created later', () => {
    const app = new EventEmitter();
    const first = fakeSession();
    installSpellcheck(app as unknown as App, first.session, 'off');
    expect(first.calls).toContainEqual(['enabled', false]);

    const partition = fakeSession();
    app.emit('session-created', partition.session);
    expect(urlsSet(partition.calls)).toEqual([DICTIONARY_BASE_URL]);
    expect(partition.calls).toContainEqual(['enabled', false]);
  });
});

describe('window and session setup, as main/index.ts does it', () => {
  function setUp(platform: string) {
    const app = new EventEmitter();
    const defaultSession = fakeSession();
    const mode = spellcheckMode(platform);
    installSecurityGuards(app as unknown as App, defaultSession.session, { showMessageBox: vi.fn(), openExternal: vi.fn(), reportError: vi.fn() });
    installSpellcheck(app as unknown as App, defaultSession.session, mode);
    let options: BrowserWindowConstructorOptions | undefined;
    const fakeWindow = { once: vi.fn(), show: vi.fn(), loadURL: vi.fn(() => Promise.resolve()) };
    openMainWindow(
      (given) => {
        options = given;
        return fakeWindow as unknown as BrowserWindow;
      },
      '/p/preload.cjs',
      { spellcheck: mode === 'native' },
    );
    return { app, defaultSession, spellcheck: options?.webPreferences?.spellcheck };
  }

  it.each(PLATFORMS)('on %s no dictionary can come from outside the app', (platform) => {
    const { app, defaultSession, spellcheck } = setUp(platform);
    expect(spellcheck).toBe(platform === 'darwin');
    const partition = fakeSession();
    app.emit('session-created', partition.session);
    for (const { calls, cancels } of [defaultSession, partition]) {
      for (const url of urlsSet(calls)) expect(isAppUrl(String(url)), String(url)).toBe(true);
      for (const file of DICTIONARY_FILES) {
        // Where Chromium fetches dictionaries by default, and the same file anywhere else.
        expect(cancels(`https://redirector.gvt1.com/edgedl/chrome/dict/${file.toLowerCase()}`)).toBe(true);
        expect(cancels(`http://127.0.0.1:8080/${file}`)).toBe(true);
      }
    }
  });
});
