// Binds every channel of the contract to its service, each behind handle()'s checks.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { AppInfo, Channel, Request, SavedFile, SnapshotInfo, SnapshotList } from '../common/ipc-contract.js';
import { fail, ok } from '../common/result.js';
import type { Result } from '../common/result.js';
import { handle } from './handle.js';
import type { ChannelHandler, HandleDeps } from './handle.js';

/** Exports a book to PDF for the window that asked (the PDF export service). */
export type PdfExporter = (
  request: Request<'pdf:export-book'>,
  event: IpcMainInvokeEvent,
) => Promise<Result<SavedFile | null>>;

export interface MainServices {
  appInfo: () => AppInfo;
  /** openExternalSafely bound to shell.openExternal. */
  openExternal: (url: string) => Promise<Result<null>>;
  exportBookPdf: PdfExporter;
  /** saveFileWithDialog bound to the dialog and file system. */
  saveBackup: (request: Request<'file:save-backup'>, event: IpcMainInvokeEvent) => Promise<SavedFile | null>;
  /** The snapshot service bound to the user-data folder; absent where there is none. */
  snapshots?: SnapshotServices;
}

export interface SnapshotServices {
  save: (bytes: Uint8Array) => Promise<SnapshotInfo>;
  list: () => Promise<SnapshotList>;
  read: (name: string) => Promise<Uint8Array>;
}

const noSnapshots = () => fail('not-available', 'Snapshots are not available here.');

type Handlers = { [C in Channel]: ChannelHandler<C, IpcMainInvokeEvent> };

export function channelHandlers(services: MainServices): Handlers {
  return {
    'app:get-info': () => ok(services.appInfo()),
    'shell:open-external': ({ url }) => services.openExternal(url),
    'pdf:export-book': (request, event) => services.exportBookPdf(request, event),
    'file:save-backup': async (request, event) => ok(await services.saveBackup(request, event)),
    'snapshot:save': async ({ bytes }) => (services.snapshots ? ok(await services.snapshots.save(bytes)) : noSnapshots()),
    'snapshot:list': async () => (services.snapshots ? ok(await services.snapshots.list()) : noSnapshots()),
    'snapshot:read': async ({ name }) => (services.snapshots ? ok(await services.snapshots.read(name)) : noSnapshots()),
  };
}

/** Registers one ipcMain.handle listener per channel. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, services: MainServices, deps: HandleDeps): void {
  const handlers = channelHandlers(services);
  const bind = <C extends Channel>(channel: C): void => {
    ipcMain.handle(channel, handle(channel, handlers[channel], deps));
  };
  (Object.keys(handlers) as Channel[]).forEach(bind);
}
