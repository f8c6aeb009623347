// window.chancery: one named function per channel, nothing generic. The renderer can only ask
// for what is listed here, and listeners never receive Electron's event object.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type {
  Channel,
  ChanceryApi,
  EXPORT_PROGRESS_EVENT,
  FILES_OPENED_EVENT,
  MENU_COMMAND_EVENT,
  Request,
  Responses,
} from '../common/ipc-contract.js';
import type { Result } from '../common/result.js';
import { checkLockRequest, LOCK_REQUEST_EVENT } from '../common/lock-request.js';

// The event names are repeated rather than imported: importing the contract at runtime would
// bundle zod (~750 KB) into the preload. The `typeof` types make tsc fail if they ever differ.
const menuCommandEvent: typeof MENU_COMMAND_EVENT = 'menu:command';
const filesOpenedEvent: typeof FILES_OPENED_EVENT = 'files:opened';
const exportProgressEvent: typeof EXPORT_PROGRESS_EVENT = 'pdf:export-progress';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createChanceryApi(ipc: IpcRendererLike): ChanceryApi {
  const invoke = <C extends Channel>(channel: C, request: Request<C>): Promise<Result<Responses[C]>> =>
    ipc.invoke(channel, request) as Promise<Result<Responses[C]>>;

  const subscribe = <T>(event: string, listener: (payload: T) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: T): void => listener(payload);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  };

  return {
    getAppInfo: () => invoke('app:get-info', {}),
    openExternal: (request) => invoke('shell:open-external', request),
    exportBookPdf: (request) => invoke('pdf:export-book', request),
    saveBackup: (request) => invoke('file:save-backup', request),
    saveSnapshot: (request) => invoke('snapshot:save', request),
    listSnapshots: () => invoke('snapshot:list', {}),
    readSnapshot: (request) => invoke('snapshot:read', request),
    onMenuCommand: (listener) => subscribe(menuCommandEvent, listener),
    onFilesOpened: (listener) => subscribe(filesOpenedEvent, listener),
    onExportProgress: (listener) => subscribe(exportProgressEvent, listener),
    // Checked here: only a well-formed request reaches the page.
    onLockRequest: (listener) =>
      subscribe<unknown>(LOCK_REQUEST_EVENT, (payload) => {
        const request = checkLockRequest(payload);
        if (request) listener(request);
      }),
  };
}
