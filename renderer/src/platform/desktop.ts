// The desktop platform: a thin typed view of the preload bridge.
import type { ChanceryApi } from '../../../main/common/ipc-contract.js';
import type { Platform } from './platform.js';

export function desktopPlatform(api: ChanceryApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.getAppInfo(),
    openExternal: (url) => api.openExternal({ url }),
    exportBookPdf: (bookId, suggestedName, options) => api.exportBookPdf({ bookId, suggestedName, options }),
    saveFile: (suggestedName, bytes) => api.saveBackup({ suggestedName, bytes }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onFilesOpened: (listener) => api.onFilesOpened(listener),
    snapshots: {
      save: (bytes) => api.saveSnapshot({ bytes }),
      list: () => api.listSnapshots(),
      read: (name) => api.readSnapshot({ name }),
    },
  };
}
