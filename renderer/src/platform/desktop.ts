// The desktop platform: a thin typed view of the preload bridge. Failed results are reported to
// the error panel (failures.ts) on their way back to the caller.
import type { ChanceryApi } from '../../../main/common/ipc-contract.js';
import type { Platform } from './platform.js';
import { watched } from './failures.js';

export function desktopPlatform(api: ChanceryApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => watched('getAppInfo', api.getAppInfo()),
    openExternal: (url) => watched('openExternal', api.openExternal({ url })),
    exportBookPdf: (bookId, suggestedName, options, editionId) =>
      watched('exportBookPdf', api.exportBookPdf({ bookId, suggestedName, options, ...(editionId ? { editionId } : {}) })),
    saveFile: (suggestedName, bytes) => watched('saveBackup', api.saveBackup({ suggestedName, bytes })),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onFilesOpened: (listener) => api.onFilesOpened(listener),
    onExportProgress: (listener) => api.onExportProgress(listener),
    onLockRequest: (listener) => api.onLockRequest(() => listener()),
    snapshots: {
      save: (bytes) => watched('saveSnapshot', api.saveSnapshot({ bytes })),
      list: () => watched('listSnapshots', api.listSnapshots()),
      read: (name) => watched('readSnapshot', api.readSnapshot({ name })),
    },
  };
}
