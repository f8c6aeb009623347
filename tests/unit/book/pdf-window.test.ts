// The desktop wiring of PDF export, with a fake BrowserWindow: the hidden window's security
// preferences, the print options handed to printToPDF, saving and showing the file.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { BrowserWindow, IpcMainInvokeEvent, PrintToPDFOptions } from 'electron';
import { createPdfExporter, forwardProgress, pdfWindowOptions } from '../../../main/app/pdf-window.js';
import { EXPORT_PROGRESS_EVENT } from '../../../main/common/ipc-contract.js';
import type { PrintInfo } from '../../../main/common/print-page.js';

const INFO: PrintInfo = { title: 'Book', author: 'Staff', subject: 'S', keywords: [], marking: 'UNCLASSIFIED', language: 'en', paper: 'A4', pageLabel: 'Page {page} of {total}', bandFontPt: 8, sideMarginMm: 18 };

function fakeWindow(state: 'true' | 'missing') {
  const log: string[] = [];
  const prints: PrintToPDFOptions[] = [];
  const win = {
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    destroy() {
      this.destroyed = true;
      log.push('destroy');
    },
    loadURL: async (url: string) => void log.push(`load ${url}`),
    webContents: {
      executeJavaScript: async (script: string) =>
        script.includes('MutationObserver') ? state : script.includes('info()') ? INFO : script.includes('entries()') ? [] : undefined,
      printToPDF: async (options: PrintToPDFOptions) => {
        prints.push(options);
        const doc = await PDFDocument.create();
        doc.addPage();
        return Buffer.from(await doc.save());
      },
    },
  };
  return { win: win as unknown as BrowserWindow, log, prints };
}

/** The window that asked for the export: records what main sends it. */
function fakeSender() {
  const sent: [string, unknown][] = [];
  const sender = { closed: false, isDestroyed: () => sender.closed, send: (channel: string, payload: unknown) => void sent.push([channel, payload]) };
  return { sender, sent, event: { sender } as unknown as IpcMainInvokeEvent };
}

const { event } = fakeSender();
const request = { bookId: 'b/1', suggestedName: 'Book.pdf', options: { paper: 'A4' as const, title: 'T', author: 'A', subject: 'S', keywords: ['k'] } };

describe('pdf window', () => {
  it('is hidden, sandboxed and isolated, without the preload bridge', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('prints the app-origin print view tagged with an outline, saves it and shows it in its folder', async () => {
    const fake = fakeWindow('true');
    const shown: string[] = [];
    const written: [string, Uint8Array][] = [];
    const exporter = createPdfExporter({
      createWindow: () => fake.win,
      saveDeps: () => ({
        showSaveDialog: async ({ defaultPath }) => ({ canceled: false, filePath: `/docs/${defaultPath}` }),
        writeFile: async (path, bytes) => void written.push([path, bytes]),
        rename: async () => undefined,
        removeFile: async () => undefined,
      }),
      showItemInFolder: (path) => shown.push(path),
    });
    const result = await exporter(request, event);
    expect(result).toEqual({ ok: true, value: { path: '/docs/Book.pdf' } });
    expect(fake.log[0]).toBe('load app://chancery/index.html#/print/book/b%2F1');
    expect(fake.log.at(-1)).toBe('destroy');
    expect(fake.prints[0]).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: true, printBackground: true });
    expect(shown).toEqual(['/docs/Book.pdf']);
    const saved = await PDFDocument.load(written[0]![1]);
    expect(saved.getTitle()).toBe('T');
  });

  it('answers book-not-found as data and closes the window', async () => {
    const fake = fakeWindow('missing');
    const exporter = createPdfExporter({ createWindow: () => fake.win, saveDeps: () => { throw new Error('no dialog expected'); }, showItemInFolder: () => undefined });
    const result = await exporter(request, event);
    expect(result).toMatchObject({ ok: false, error: { code: 'book-not-found' } });
    expect(fake.log.at(-1)).toBe('destroy');
  });

  it('tells the window that asked each export phase, in order', async () => {
    const fake = fakeWindow('true');
    const asking = fakeSender();
    const exporter = createPdfExporter({
      createWindow: () => fake.win,
      saveDeps: () => ({ showSaveDialog: async () => ({ canceled: true, filePath: '' }), writeFile: async () => undefined, rename: async () => undefined, removeFile: async () => undefined }),
      showItemInFolder: () => undefined,
    });
    expect(await exporter(request, asking.event)).toEqual({ ok: true, value: null });
    // No entries to number: the first print already holds, so no numbering pass is needed.
    expect(asking.sent).toEqual([
      [EXPORT_PROGRESS_EVENT, { phase: 'rendering' }],
      [EXPORT_PROGRESS_EVENT, { phase: 'finishing' }],
    ]);
    expect(EXPORT_PROGRESS_EVENT).toBe('pdf:export-progress');
  });

  it('reports the phase reached before a failure, and nothing to a window closed meanwhile', async () => {
    const asking = fakeSender();
    const exporter = createPdfExporter({ createWindow: () => fakeWindow('missing').win, saveDeps: () => { throw new Error('no dialog expected'); }, showItemInFolder: () => undefined });
    await exporter(request, asking.event);
    expect(asking.sent).toEqual([[EXPORT_PROGRESS_EVENT, { phase: 'rendering' }]]);

    const closed = fakeSender();
    const send = forwardProgress(closed.sender);
    send({ phase: 'numbering', pass: 1 });
    closed.sender.closed = true;
    send({ phase: 'finishing' });
    expect(closed.sent).toEqual([[EXPORT_PROGRESS_EVENT, { phase: 'numbering', pass: 1 }]]);
  });
});
