// The browser platform (npm run preview): downloads instead of save dialogs, the browser's
// own print dialog instead of printToPDF, no menu.
import type { Platform } from './platform.js';
import type { Result } from '../../../main/common/result.js';

// Results are plain data; the renderer builds them without importing main at runtime.
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message } });

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () =>
      ok({ version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: 'browser', locale: navigator.language, spellcheck: 'browser' }),
    openExternal: async (url) => {
      if (!url.startsWith('https://')) return fail('refused', 'Only https links open outside Chancery.');
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    exportBookPdf: async (bookId, _name, _options, editionId) => {
      const query = new URLSearchParams({ ...(editionId ? { edition: editionId } : {}), autoprint: '1' });
      const printWindow = window.open(`#/print/book/${encodeURIComponent(bookId)}?${query}`, '_blank');
      return printWindow ? ok(null) : fail('blocked', 'The browser blocked the print window.');
    },
    saveFile: async (suggestedName, bytes, mime) => {
      download(suggestedName, new Blob([bytes as BlobPart], { type: mime }));
      return ok({ path: suggestedName });
    },
    onMenuCommand: () => () => undefined,
    onFilesOpened: () => () => undefined,
    // Export opens the print view and the browser's own print dialog: there are no phases to report.
    onExportProgress: () => () => undefined,
    // A browser has no powerMonitor: the idle lock and Lock now are all it gets.
    onLockRequest: () => () => undefined,
    snapshots: null,
  };
}
