// The main window: every security-relevant preference stated explicitly, even where it is the default.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../common/csp.js';

export interface WindowFeatures {
  /** True only where the platform's checker needs no download (spellcheckMode, spellcheck.ts). */
  spellcheck: boolean;
}

/** Without features, spell checking is off: the safe choice on every platform. */
export function mainWindowOptions(preloadPath: string, features: WindowFeatures = { spellcheck: false }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Chancery',
    show: false, // shown on ready-to-show, so the user never sees an empty frame
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false, // a dropped file is imported, never opened as a page
      safeDialogs: true,
      spellcheck: features.spellcheck, // annotations and notes are prose, but never at the cost of a download
    },
  };
}

/**
 * Opens the main window on the app's entry page. `createWindow` is `new BrowserWindow(options)`
 * in the app, injected so this module loads without Electron.
 */
export function openMainWindow(
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
  preloadPath: string,
  features: WindowFeatures,
): BrowserWindow {
  const window = createWindow(mainWindowOptions(preloadPath, features));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Chancery could not load its page:', error));
  return window;
}
