// Where pdf.js runs. Browsers get the bundled worker file (emitted by Vite, served from the
// app itself); Node (the unit tests) has no Worker and pdf.js parses on its own thread there.
// The legacy build is used everywhere so one code path serves Chromium and Node 20.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    if (typeof Worker !== 'undefined') pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
