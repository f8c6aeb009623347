import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpc } from '../../../main/ipc/register.js';
import type { MainServices } from '../../../main/ipc/register.js';
import { requestSchemas } from '../../../main/common/ipc-contract.js';
import { fail, ok } from '../../../main/common/result.js';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => listeners.set(channel, listener)) };
  const services: MainServices = {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', locale: 'en-GB', spellcheck: 'off' }),
    openExternal: vi.fn(async () => ok(null)),
    exportBookPdf: vi.fn(async () => fail('not-available', 'PDF export is not available yet.')),
    saveBackup: vi.fn(async () => ({ path: '/home/desk/library.zip' })),
  };
  registerIpc(ipcMain as never, services, { origin: 'app://chancery', reportError: vi.fn() });
  const mainFrame = { url: 'app://chancery/index.html' };
  const appEvent = { senderFrame: mainFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, payload: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} is not registered`);
    return listener(appEvent, payload);
  };
  return { listeners, services, call };
}

describe('registerIpc', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('answers app:get-info from the app', async () => {
    expect(await setup().call('app:get-info', {})).toEqual(ok({ version: '0.1.0', platform: 'linux', locale: 'en-GB', spellcheck: 'off' }));
  });

  it('opens only what the schema lets through', async () => {
    const { call, services } = setup();
    expect(await call('shell:open-external', { url: 'https://example.org/treaty' })).toEqual(ok(null));
    expect(services.openExternal).toHaveBeenCalledWith('https://example.org/treaty');
    expect(await call('shell:open-external', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(services.openExternal).toHaveBeenCalledOnce();
  });

  it('passes PDF export to the injected exporter and returns its Result', async () => {
    const { call, services } = setup();
    const request = {
      bookId: 'b1',
      suggestedName: 'Book.pdf',
      options: { paper: 'Letter', title: 'T', author: 'A', subject: 'S', keywords: [] },
    };
    expect(await call('pdf:export-book', request)).toEqual(fail('not-available', 'PDF export is not available yet.'));
    expect(services.exportBookPdf).toHaveBeenCalledWith(request, expect.anything());
  });

  it('wraps the saved backup in ok()', async () => {
    const { call } = setup();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    expect(await call('file:save-backup', { suggestedName: 'library.zip', bytes })).toEqual(ok({ path: '/home/desk/library.zip' }));
  });
});
