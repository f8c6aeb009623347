import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createChanceryApi } from '../../../main/preload/api.js';
import type { IpcRendererLike } from '../../../main/preload/api.js';
import { EXPORT_PROGRESS_EVENT, FILES_OPENED_EVENT, MENU_COMMAND_EVENT } from '../../../main/common/ipc-contract.js';

function fakeIpc() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
  const ipc = Object.assign(emitter, { invoke }) as unknown as IpcRendererLike;
  return { ipc, emitter, invoke };
}

describe('createChanceryApi', () => {
  it('exposes exactly the named functions, nothing generic', () => {
    expect(Object.keys(createChanceryApi(fakeIpc().ipc)).sort()).toEqual(
      ['exportBookPdf', 'getAppInfo', 'listSnapshots', 'onExportProgress', 'onFilesOpened', 'onLockRequest', 'onMenuCommand', 'openExternal', 'readSnapshot', 'saveBackup', 'saveSnapshot'],
    );
  });

  it('sends each request on its own channel', async () => {
    const { ipc, invoke } = fakeIpc();
    const api = createChanceryApi(ipc);
    const pdf = { bookId: 'b', suggestedName: 'b.pdf', options: { paper: 'A4' as const, title: '', author: '', subject: '', keywords: [] } };
    const backup = { suggestedName: 'l.zip', bytes: new Uint8Array([1]) };
    await api.getAppInfo();
    await api.openExternal({ url: 'https://example.org/' });
    await api.exportBookPdf(pdf);
    expect(await api.saveBackup(backup)).toEqual({ ok: true, value: 'file:save-backup' });
    expect(invoke.mock.calls).toEqual([
      ['app:get-info', {}],
      ['shell:open-external', { url: 'https://example.org/' }],
      ['pdf:export-book', pdf],
      ['file:save-backup', backup],
    ]);
  });

  it('passes pushed events without the Electron event object, until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const api = createChanceryApi(ipc);
    const commands = vi.fn();
    const files = vi.fn();
    const stopCommands = api.onMenuCommand(commands);
    api.onFilesOpened(files);

    emitter.emit(MENU_COMMAND_EVENT, { senderId: 0 }, 'search');
    emitter.emit(FILES_OPENED_EVENT, { senderId: 0 }, [{ name: 'a.md', bytes: new Uint8Array() }]);
    stopCommands();
    emitter.emit(MENU_COMMAND_EVENT, { senderId: 0 }, 'import');

    expect(commands.mock.calls).toEqual([['search']]);
    expect(files.mock.calls).toEqual([[[{ name: 'a.md', bytes: new Uint8Array() }]]]);
    expect(emitter.listenerCount(MENU_COMMAND_EVENT)).toBe(0);
    expect(emitter.listenerCount(FILES_OPENED_EVENT)).toBe(1);
  });

  it('passes export progress on the contract’s event until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const progress = vi.fn();
    const stop = createChanceryApi(ipc).onExportProgress(progress);
    emitter.emit(EXPORT_PROGRESS_EVENT, { senderId: 0 }, { phase: 'numbering', pass: 2 });
    stop();
    emitter.emit(EXPORT_PROGRESS_EVENT, { senderId: 0 }, { phase: 'finishing' });
    expect(progress.mock.calls).toEqual([[{ phase: 'numbering', pass: 2 }]]);
    expect(emitter.listenerCount(EXPORT_PROGRESS_EVENT)).toBe(0);
  });
});
