import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  guardSession,
  guardWebContents,
  installSecurityGuards,
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
  windowOpenDecision,
} from '../../../main/app/security.js';
import type { LinkQuestion } from '../../../main/services/external-links.js';

describe('navigationAllowed', () => {
  it('allows the app origin only', () => {
    expect(navigationAllowed('app://chancery/index.html')).toBe(true);
    expect(navigationAllowed('app://chancery/index.html#/print/book-1')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://chancery/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://chancery.evil.example/',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      '',
    ]) {
      expect(navigationAllowed(url), url).toBe(false);
    }
  });
});

describe('windowOpenDecision', () => {
  it('always denies, and sends only https to the browser', () => {
    expect(windowOpenDecision('https://example.org/report')).toEqual({ action: 'deny', openInBrowser: true });
    for (const url of ['http://example.org/', 'file:///C:/x', 'app://chancery/index.html', 'mailto:a@b.c', 'javascript:0', '::']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openInBrowser: false });
    }
  });
});

describe('permissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s',
    (permission) => expect(permissionAllowed(permission)).toBe(false),
  );
});

describe('requestAllowed', () => {
  it('allows the app, devtools and in-memory URLs', () => {
    for (const url of ['app://chancery/assets/app.js', 'devtools://devtools/bundled/inspector.html', 'blob:app://chancery/1f2e', 'data:image/png;base64,AA==']) {
      expect(requestAllowed(url), url).toBe(true);
    }
  });

  it('blocks every network and file request', () => {
    for (const url of ['https://example.org/pixel.gif', 'http://127.0.0.1:4173/', 'wss://example.org/', 'file:///etc/hosts', 'ftp://x/', 'app://tracker/', 'nonsense']) {
      expect(requestAllowed(url), url).toBe(false);
    }
  });
});

/** A webContents stand-in: real event emission, the window-open handler captured. */
function fakeContents() {
  const emitter = new EventEmitter();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
  });
  return { contents: contents as unknown as WebContents, emitter, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() });

/** Dialog and shell stand-ins: the user answers the link question with button `answer` (1 = open). */
function linkDeps(answer: number) {
  return {
    showMessageBox: vi.fn(async (_question: LinkQuestion) => ({ response: answer })),
    openExternal: vi.fn(async (_url: string) => undefined),
    reportError: vi.fn(),
  };
}

describe('guardWebContents', () => {
  it('prevents navigation and redirects away from the app', () => {
    const { contents, emitter } = fakeContents();
    guardWebContents(contents, linkDeps(0));
    const away = navigationEvent('https://example.org/');
    const home = navigationEvent('app://chancery/index.html');
    const redirect = navigationEvent('https://example.org/elsewhere');
    emitter.emit('will-navigate', away);
    emitter.emit('will-navigate', home);
    emitter.emit('will-redirect', redirect);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('refuses every webview', () => {
    const { contents, emitter } = fakeContents();
    guardWebContents(contents, linkDeps(0));
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, { src: 'app://chancery/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows and opens an https link in the browser only after the user confirms, naming its host', async () => {
    const { contents, openWindow } = fakeContents();
    const deps = linkDeps(1);
    guardWebContents(contents, deps);
    expect(openWindow('https://example.org/a?b=1')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(deps.openExternal).toHaveBeenCalledOnce());
    expect(deps.showMessageBox).toHaveBeenCalledOnce();
    const question = deps.showMessageBox.mock.calls[0]![0];
    expect(question.message).toContain('example.org');
    expect(question.detail).toContain('https://example.org/a?b=1');
    expect(question.buttons[question.cancelId]).toBe('Cancel');
    expect(question.defaultId).toBe(question.cancelId);
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.org/a?b=1');
  });

  it('opens nothing when the user cancels, and never asks about a refused URL', async () => {
    const { contents, openWindow } = fakeContents();
    const deps = linkDeps(0);
    guardWebContents(contents, deps);
    openWindow('https://example.org/a');
    openWindow('https://user:pw@example.org/');
    openWindow('javascript:alert(1)');
    await vi.waitFor(() => expect(deps.showMessageBox).toHaveBeenCalledOnce());
    await Promise.resolve();
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(deps.showMessageBox.mock.calls[0]![0].message).toContain('example.org');
  });
});

describe('guardSession', () => {
  it('installs handlers that refuse permissions and off-app requests', () => {
    let requestHandler: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    let beforeRequest: ((d: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    };
    guardSession(session as unknown as Session);

    const granted = vi.fn();
    requestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.(null, 'clipboard-read')).toBe(false);
    const answers: boolean[] = [];
    beforeRequest?.({ url: 'https://example.org/' }, (r) => answers.push(r.cancel));
    beforeRequest?.({ url: 'app://chancery/index.html' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
  });
});

describe('installSecurityGuards', () => {
  it('guards each webContents the app creates', () => {
    const app = new EventEmitter();
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } };
    installSecurityGuards(app as unknown as App, session as unknown as Session, linkDeps(0));
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();

    const { contents, emitter } = fakeContents();
    app.emit('web-contents-created', {}, contents);
    const away = navigationEvent('https://example.org/');
    emitter.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
  });

  it('filters the requests of every session created later, as of the default one', () => {
    const app = new EventEmitter();
    const defaultSession = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } };
    installSecurityGuards(app as unknown as App, defaultSession as unknown as Session, { showMessageBox: vi.fn(), openExternal: vi.fn(), reportError: vi.fn() });
    let beforeRequest: ((d: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    const partition = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    };
    app.emit('session-created', partition);
    const answers: boolean[] = [];
    beforeRequest?.({ url: 'https://example.org/dictionary.bdic' }, (r) => answers.push(r.cancel));
    beforeRequest?.({ url: 'app://chancery/index.html' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
    expect(partition.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });
});
