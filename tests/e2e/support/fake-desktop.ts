// The desktop bridge cannot run here (no Electron binary): tests that need the desktop
// platform install this stand-in, which speaks the preload's contract, with page.addInitScript.

/** A stand-in for the preload bridge: answers like main would, and lets the test drive an export. */
export function fakeDesktopBridge(): void {
  type Listener = (payload: unknown) => void;
  const progress = new Set<Listener>();
  const ok = <T,>(value: T) => Promise.resolve({ ok: true, value });
  const control = window as unknown as { pushProgress: Listener; finishExport: Listener; exportRequests: unknown[] };
  control.exportRequests = [];
  control.pushProgress = (p) => progress.forEach((l) => l(p));
  (window as unknown as { chancery: unknown }).chancery = {
    getAppInfo: () => ok({ version: '9.9.9-test', platform: 'linux', locale: 'en-US', spellcheck: 'off' }),
    openExternal: () => ok(null),
    exportBookPdf: (request: unknown) =>
      new Promise((resolve) => {
        control.exportRequests.push(request);
        control.finishExport = resolve;
      }),
    saveBackup: () => ok(null),
    saveSnapshot: () => ok({ name: 'snapshot', createdAt: 0, size: 1 }),
    listSnapshots: () => ok({ snapshots: [], due: false }),
    readSnapshot: () => ok(new Uint8Array()),
    onMenuCommand: () => () => undefined,
    onFilesOpened: () => () => undefined,
    onExportProgress: (listener: Listener) => {
      progress.add(listener);
      return () => progress.delete(listener);
    },
    onLockRequest: () => () => undefined,
  };
}
