// PDF export in the desktop app: the print view loads in a hidden, sandboxed window on the app's
// own origin (so it reads the same IndexedDB), Chromium prints it through printToPDF, and the
// user chooses where to save it. The export logic itself is main/services/pdf-export.ts.
import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN } from '../common/csp.js';
import { EXPORT_PROGRESS_EVENT, type ExportProgress } from '../common/ipc-contract.js';
import { printRoute, type PrintEntry, type PrintInfo } from '../common/print-page.js';
import { fail, ok } from '../common/result.js';
import type { PdfExporter } from '../ipc/register.js';
import { exportBookPdf, PdfExportError, type PrintPageState, type PrintSession } from '../services/pdf-export.js';
import { saveFileWithDialog, type SaveFileDeps } from '../services/save-file.js';
import { mainWindowOptions } from './window.js';

/** The main window's security preferences, without the preload: the print view needs no bridge. */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  const { preload: _preload, ...secure } = mainWindowOptions('').webPreferences ?? {};
  return { show: false, width: 1000, height: 1400, webPreferences: { ...secure, spellcheck: false } };
}

// Runs in the print view's main world; resolves when html[data-print-ready] says ready or missing.
const WAIT_FOR_READY = `new Promise((resolve) => {
  const root = document.documentElement;
  const check = () => {
    const state = root.dataset.printReady;
    if (state === 'true' || state === 'missing') { observer.disconnect(); resolve(state); }
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-ready'] });
  check();
})`;

export function electronPrintSession(createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow): PrintSession {
  let window: BrowserWindow | undefined;
  const contents = (): WebContents => {
    if (!window || window.isDestroyed()) throw new Error('The print window is not open.');
    return window.webContents;
  };
  const run = <T>(script: string): Promise<T> => contents().executeJavaScript(script) as Promise<T>;
  return {
    async load(url): Promise<PrintPageState> {
      window ??= createWindow(pdfWindowOptions());
      await window.loadURL(url);
      return (await run<string>(WAIT_FOR_READY)) === 'true' ? 'ready' : 'missing';
    },
    info: () => run<PrintInfo>('window.chanceryPrint.info()'),
    entries: () => run<PrintEntry[]>('window.chanceryPrint.entries()'),
    setPageNumbers: (pages) => run<void>(`window.chanceryPrint.setPageNumbers(${JSON.stringify(pages)})`),
    print: async (request) =>
      new Uint8Array(
        await contents().printToPDF({
          pageSize: request.paper,
          // Size and margins come from the print view's @page rule.
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: request.headerTemplate,
          footerTemplate: request.footerTemplate,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
      ),
    close: async () => {
      if (window && !window.isDestroyed()) window.destroy();
      window = undefined;
    },
  };
}

/** Sends each export phase to the window that asked; one closed meanwhile hears nothing. */
export function forwardProgress(sender: Pick<WebContents, 'send' | 'isDestroyed'>): (progress: ExportProgress) => void {
  return (progress) => {
    if (!sender.isDestroyed()) sender.send(EXPORT_PROGRESS_EVENT, progress);
  };
}

export interface PdfExporterDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  saveDeps: (sender: WebContents) => SaveFileDeps;
  showItemInFolder: (path: string) => void;
}

/** The 'pdf:export-book' handler: export (telling the asking window each phase), ask where to save, then show the file. */
export function createPdfExporter(deps: PdfExporterDeps): PdfExporter {
  return async (request, event: IpcMainInvokeEvent) => {
    const session = electronPrintSession(deps.createWindow);
    let pdf: Uint8Array;
    try {
      const { title, author, subject, keywords } = request.options;
      const result = await exportBookPdf(session, `${APP_ORIGIN}/index.html${printRoute(request.bookId, request.editionId)}`, {
        metadata: { title, author, subject, keywords },
        onProgress: forwardProgress(event.sender),
      });
      pdf = result.pdf;
    } catch (error) {
      if (error instanceof PdfExportError) return fail(error.code, error.message);
      throw error;
    } finally {
      await session.close();
    }
    const saved = await saveFileWithDialog(deps.saveDeps(event.sender), request.suggestedName, pdf, [{ name: 'PDF', extensions: ['pdf'] }]);
    if (saved) deps.showItemInFolder(saved.path);
    return ok(saved);
  };
}
