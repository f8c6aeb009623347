import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { mainWindowOptions, openMainWindow } from '../../../main/app/window.js';

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/dist/main/preload.cjs').webPreferences ?? {};

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
  });

  it.each([
    ['sandbox', true],
    ['contextIsolation', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('states %s: %s explicitly', (name, value) => {
    expect(prefs[name]).toBe(value);
  });

  it('enables no extra Blink features', () => {
    expect(prefs.enableBlinkFeatures).toBe('');
  });

  it('checks spelling only when told the platform checker needs no download', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(mainWindowOptions('/p', { spellcheck: true }).webPreferences?.spellcheck).toBe(true);
    expect(mainWindowOptions('/p', { spellcheck: false }).webPreferences?.spellcheck).toBe(false);
  });
});

describe('openMainWindow', () => {
  it('opens the app entry page and shows the window once it is ready', async () => {
    const listeners = new Map<string, () => void>();
    const fake = {
      once: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      show: vi.fn(),
      loadURL: vi.fn(() => Promise.resolve()),
    };
    let given: BrowserWindowConstructorOptions | undefined;
    const window = openMainWindow((options) => {
      given = options;
      return fake as unknown as BrowserWindow;
    }, '/p/preload.cjs', { spellcheck: true });

    expect(window).toBe(fake);
    expect(given?.show).toBe(false);
    expect(given?.webPreferences?.preload).toBe('/p/preload.cjs');
    expect(given?.webPreferences?.spellcheck).toBe(true);
    expect(fake.loadURL).toHaveBeenCalledWith('app://chancery/index.html');
    expect(fake.show).not.toHaveBeenCalled();
    listeners.get('ready-to-show')?.();
    expect(fake.show).toHaveBeenCalledOnce();
  });
});
