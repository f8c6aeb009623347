// Guards for every webContents and the session: the decisions are pure functions, the wiring
// takes Electron objects as parameters (type-only imports), so both are testable in Node.
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from '../common/csp.js';
import { openExternalAfterConfirming, type ConfirmedOpenDeps } from '../services/external-links.js';

/** Navigation stays inside the app's origin; anything else would load untrusted content. */
export const navigationAllowed = (url: string): boolean => isAppUrl(url);

export interface WindowOpenDecision {
  /** Electron never opens a new window; https links may go to the system browser instead, if the user confirms. */
  action: 'deny';
  openInBrowser: boolean;
}

export function windowOpenDecision(url: string): WindowOpenDecision {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // unparsable: denied, not opened
  }
  return { action: 'deny', openInBrowser: protocol === 'https:' };
}

/** No feature needs a permission (camera, notifications, clipboard-read, …): all are refused. */
export const permissionAllowed = (_permission: string): boolean => false;

// devtools: lets developer tools load; data: and blob: are in-memory (pasted images, the
// pdf.js worker) and never reach the network. Every other request is refused.
const LOCAL_PROTOCOLS = new Set(['devtools:', 'data:', 'blob:']);

/** The app makes no network requests at all: only its own origin and in-memory URLs load. */
export function requestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** How a window-open request for an https URL asks the user, then opens it (dialog and shell, injected). */
export type GuardDeps = ConfirmedOpenDeps & {
  /** Told when opening failed after the user said yes. */
  reportError: (url: string, error: unknown) => void;
};

/** Applies navigation, window-open and webview guards to one webContents. */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  const refuseNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openInBrowser) openExternalAfterConfirming(url, deps).catch((error: unknown) => deps.reportError(url, error));
    return { action: decision.action };
  });
}

/** Refuses every permission and every request that would leave the machine. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));
}

/**
 * Guards the session now, every session Electron creates later (a partition would otherwise
 * start with no request filter), and every webContents the app will ever create.
 */
export function installSecurityGuards(app: App, session: Session, deps: GuardDeps): void {
  guardSession(session);
  app.on('session-created', (created) => guardSession(created));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
}
