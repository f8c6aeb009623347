// Binds every channel of the contract to its service, each behind handle()'s checks.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { AppInfo, Channel, Request, SavedFile } from '../common/ipc-contract.js';
import { ok } from '../common/result.js';
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
}

type Handlers = { [C in Channel]: ChannelHandler<C, IpcMainInvokeEvent> };

export function channelHandlers(services: MainServices): Handlers {
  return {
    'app:get-info': () => ok(services.appInfo()),
    'shell:open-external': ({ url }) => services.openExternal(url),
    'pdf:export-book': (request, event) => services.exportBookPdf(request, event),
    'file:save-backup': async (request, event) => ok(await services.saveBackup(request, event)),
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
