// Electron's security checklist (docs/tutorial/security.md, 20 items), walked against the code.
// Each item is proven here; SECURITY.md carries the same table and must name this proof.
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions } from '../../../main/app/window.js';
import { guardSession, guardWebContents, navigationAllowed, permissionAllowed, requestAllowed, windowOpenDecision } from '../../../main/app/security.js';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../main/common/csp.js';
import { senderRefusal } from '../../../main/ipc/handle.js';
import { externalUrlRefusal, openExternalSafely, type LinkQuestion } from '../../../main/services/external-links.js';
import { createChanceryApi } from '../../../main/preload/api.js';

const source = (file: string) => readFileSync(file, 'utf8');
const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;

/** The checklist's items, in the order of Electron's document. */
export const CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable webSecurity',
  'Define a Content-Security-Policy',
  'Do not enable allowRunningInsecureContent',
  'Do not enable experimental features',
  'Do not use enableBlinkFeatures',
  'Do not use allowpopups for WebViews',
  'Verify WebView options before creation',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use shell.openExternal with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the file:// protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
] as const;

/** A fake webContents that records the handlers the guards install. */
function fakeContents() {
  const on = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: never) => on.set(name, fn),
    setWindowOpenHandler: (fn: never) => (openHandler = fn),
  };
  // The user answers every link question with "Open in browser" (button 1).
  const ask = vi.fn(async (_question: LinkQuestion) => ({ response: 1 }));
  const openInBrowser = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents as never, { showMessageBox: ask, openExternal: openInBrowser, reportError: vi.fn() });
  const fire = (name: string, url = '') => {
    const preventDefault = vi.fn();
    on.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }), ask, openInBrowser };
}

describe('Electron security checklist', () => {
  it('1. only secure content loads: the app origin and in-memory URLs, never http(s)', () => {
    expect(APP_ENTRY_URL).toMatch(/^app:\/\/chancery\//);
    expect(requestAllowed('app://chancery/assets/index.js')).toBe(true);
    for (const url of ['http://example.com/x.js', 'https://example.com/', 'ftp://example.com/', 'file:///etc/passwd', 'app://elsewhere/x']) expect(requestAllowed(url), url).toBe(false);
  });

  it('2. no Node.js integration anywhere', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation is on', () => expect(prefs.contextIsolation).toBe(true));

  it('4. every renderer is sandboxed', () => {
    expect(prefs.sandbox).toBe(true);
    expect(source('main/index.ts')).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5. every permission request and check is refused', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(permissionAllowed(p)).toBe(false);
    const handlers: Record<string, unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: unknown) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: unknown) => (handlers.check = fn),
      webRequest: { onBeforeRequest: (fn: unknown) => (handlers.beforeRequest = fn) },
    };
    guardSession(session as never);
    const callback = vi.fn();
    (handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((handlers.check as (c: unknown, p: string) => boolean)({}, 'notifications')).toBe(false);
  });

  it('6. webSecurity stays on', () => expect(prefs.webSecurity).toBe(true));

  it('7. a strict CSP, the same in the response header and the meta tag', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(source('renderer/index.html'))?.[1];
    expect(meta).toBeDefined();
    for (const directive of meta!.split(';').map((d) => d.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      expect(CSP_DIRECTIVES[name!], `meta ${name}`).toEqual(sources);
    }
  });

  it('8. insecure content never runs', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('9. no experimental features', () => expect(prefs.experimentalFeatures).toBe(false));
  it('10. no Blink features enabled', () => expect(prefs.enableBlinkFeatures).toBe(''));

  it('11. no webviews exist, so none can allow popups', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });

  it('12. webview creation is refused before it happens', () => {
    expect(fakeContents().fire('will-attach-webview', 'app://chancery/')).toBe(true);
  });

  it('13. navigation stays inside the app', () => {
    const guard = fakeContents();
    expect(guard.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(guard.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(guard.fire('will-navigate', 'app://chancery/index.html#/library')).toBe(false);
    expect(navigationAllowed('javascript:alert(1)')).toBe(false);
  });

  it('14. no new windows: an https link goes to the system browser after the user confirms its host, the rest nowhere', async () => {
    const guard = fakeContents();
    expect(guard.open('https://example.com/report')).toEqual({ action: 'deny' });
    expect(guard.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(windowOpenDecision('file:///etc/passwd').openInBrowser).toBe(false);
    await vi.waitFor(() => expect(guard.openInBrowser).toHaveBeenCalledWith('https://example.com/report'));
    // The question came first and named the host.
    expect(guard.ask).toHaveBeenCalledOnce();
    expect(guard.ask.mock.calls[0]![0].message).toContain('example.com');
    expect(guard.ask.mock.invocationCallOrder[0]).toBeLessThan(guard.openInBrowser.mock.invocationCallOrder[0]!);
    expect(guard.openInBrowser).toHaveBeenCalledTimes(1);
  });

  it('15. shell.openExternal only gets checked https URLs', async () => {
    for (const url of ['file:///etc/passwd', 'smb://server/share', 'javascript:alert(1)', 'https://user:pw@example.com/', 'not a url']) expect(externalUrlRefusal(url), url).not.toBeNull();
    const open = vi.fn(async () => undefined);
    expect((await openExternalSafely('ms-msdt:/id', open)).ok).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('16. a current Electron major is pinned', () => {
    const range = JSON.parse(source('package.json')).devDependencies.electron as string;
    expect(Number(/(\d+)/.exec(range)?.[1])).toBeGreaterThanOrEqual(45);
  });

  it('17. IPC answers only the app’s own top-level frame', () => {
    const mainFrame = { url: 'app://chancery/index.html' };
    expect(senderRefusal({ senderFrame: mainFrame, sender: { mainFrame } }, 'app://chancery')).toBeNull();
    expect(senderRefusal({ senderFrame: { url: 'https://evil.example/' }, sender: { mainFrame } }, 'app://chancery')).toMatch(/not the app/);
    expect(senderRefusal({ senderFrame: { url: 'app://chancery/frame.html' }, sender: { mainFrame } }, 'app://chancery')).toMatch(/top-level/);
    expect(senderRefusal({ senderFrame: null, sender: { mainFrame } }, 'app://chancery')).toMatch(/gone/);
  });

  it('18. the app is served from a privileged custom protocol, not file://', () => {
    const protocol = source('main/app/protocol.ts');
    expect(protocol).toMatch(/standard: true, secure: true/);
    expect(protocol).toMatch(/protocol\.handle\(APP_SCHEME/);
    expect(source('main/app/window.ts')).not.toMatch(/loadFile|file:\/\//);
  });

  it('19. the fuses that matter are set in electron-builder.yml', () => {
    const config = load(source('electron-builder.yml')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. the page gets named functions, never ipcRenderer or Electron objects', () => {
    const ipc = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
    const api = createChanceryApi(ipc as never);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    expect(Object.keys(api)).not.toContain('invoke');
    const listener = vi.fn();
    api.onMenuCommand(listener);
    const forward = ipc.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void;
    forward({ sender: 'electron internals' }, 'import');
    expect(listener).toHaveBeenCalledWith('import');
    const preload = source('main/preload/index.ts');
    expect(preload).toMatch(/exposeInMainWorld\('chancery', createChanceryApi\(ipcRenderer\)\)/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});

describe('SECURITY.md', () => {
  const rows = source('SECURITY.md')
    .split('\n')
    .map((line) => /^\|\s*(\d+)\s*\|([^|]+)\|([^|]+)\|([^|]+)\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);

  it('lists all 20 checklist items in order, each enforced or not applicable', () => {
    expect(rows.map((r) => r[2]!.trim())).toEqual([...CHECKLIST]);
    expect(rows.map((r) => Number(r[1]))).toEqual(CHECKLIST.map((_, i) => i + 1));
    for (const row of rows) expect(row[3]!.trim(), row[2]).toMatch(/^(enforced|not applicable)$/);
  });

  it('names an existing test file for each enforced item, and a reason for the others', () => {
    for (const row of rows) {
      const evidence = row[4]!;
      if (row[3]!.trim() === 'enforced') {
        const files = [...evidence.matchAll(/`(tests\/[^`]+\.ts)`/g)].map((m) => m[1]!);
        expect(files.length, `${row[2]} names its test`).toBeGreaterThan(0);
        for (const file of files) expect(existsSync(file), file).toBe(true);
      } else expect(evidence.trim().length, `${row[2]} gives a reason`).toBeGreaterThan(20);
    }
  });
});
