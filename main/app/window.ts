// The main window: every security-relevant preference stated explicitly, even where it is the default.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../common/csp.js';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
      spellcheck: true, // annotations and notes are prose
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
): BrowserWindow {
  const window = createWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Chancery could not load its page:', error));
  return window;
}
