// The export orchestration with a fake print session: passes, numbering, retries when numbers
// shift the layout, progress, metadata and the missing-book error.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { exportBookPdf, measureExport, PdfExportError, type ExportProgress, type PrintRequest, type PrintSession } from '../../../main/services/pdf-export.js';
import type { PrintEntry, PrintInfo } from '../../../main/common/print-page.js';
import type { PdfFacts } from '../../../main/services/pdf-pages.js';

const INFO: PrintInfo = {
  title: 'Spring Ministerial', author: 'Policy Staff', subject: 'Orrin Bay', keywords: ['fisheries', 'energy'],
  marking: 'SENSITIVE <b>', language: 'en', paper: 'Letter', pageLabel: 'Page {page} of {total}', bandFontPt: 8, sideMarginMm: 18,
};
const ENTRIES: PrintEntry[] = [{ id: 'e1', title: 'Fisheries', role: 'listed' }, { id: 'e2', title: 'Energy', role: 'listed' }];

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save();
}

/**
 * A session whose layout depends on the numbers printed in the contents: `layouts` maps the
 * contents as printed (JSON of the numbers) to where entries then start.
 */
function fakeSession(layouts: (printed: Record<string, number>) => Record<string, number>, state: 'ready' | 'missing' = 'ready', slots: PdfFacts['slots'] = {}) {
  const calls: string[] = [];
  const requests: PrintRequest[] = [];
  let numbers: Record<string, number> = {};
  const printedLayouts: Record<string, number>[] = [];
  const session: PrintSession = {
    load: async (url) => (calls.push(`load ${url}`), state),
    info: async () => INFO,
    entries: async () => ENTRIES,
    setPageNumbers: async (pages) => {
      calls.push(`number ${JSON.stringify(pages)}`);
      numbers = pages;
    },
    print: async (request) => {
      calls.push('print');
      requests.push(request);
      printedLayouts.push(layouts(numbers));
      return blankPdf(printedLayouts.length);
    },
    close: async () => undefined,
  };
  // The fake "PDF reader" answers with the layout of the print it is given (by page count).
  const locate = async (pdf: Uint8Array) => {
    const count = (await PDFDocument.load(pdf)).getPageCount();
    return { pageCount: 10, pages: printedLayouts[count - 1]!, slots };
  };
  return { session, locate, calls, requests };
}

describe('exportBookPdf', () => {
  it('without number slots in the print, prints twice when the numbers do not move the layout, and fills the numbers found', async () => {
    const fake = fakeSession(() => ({ e1: 3, e2: 5 }));
    const progress: ExportProgress[] = [];
    const result = await exportBookPdf(fake.session, 'http://x/#/print/book/b', { locate: fake.locate, onProgress: (p) => progress.push(p) });
    expect(fake.calls).toEqual(['load http://x/#/print/book/b', 'print', 'number {"e1":3,"e2":5}', 'print']);
    expect(result).toMatchObject({ pages: { e1: 3, e2: 5 }, passes: 2, verified: true, pageCount: 10 });
    expect(progress).toEqual([{ phase: 'rendering' }, { phase: 'numbering', pass: 1 }, { phase: 'finishing' }]);
  });

  it('prints again while filled-in numbers shift the layout, and stops after three numbering passes', async () => {
    // Filling numbers pushes Energy one page down the first time, then the layout settles.
    const settling = fakeSession((n) => (n.e1 === undefined ? { e1: 3, e2: 5 } : n.e2 === 5 ? { e1: 3, e2: 6 } : { e1: 3, e2: 6 }));
    const settled = await exportBookPdf(settling.session, 'u', { locate: settling.locate });
    expect(settled).toMatchObject({ pages: { e1: 3, e2: 6 }, passes: 3, verified: true });

    // A layout that never settles: Energy keeps moving to one page after the number printed.
    const restless = fakeSession((n) => ({ e1: 3, e2: (n.e2 ?? 4) + 1 }));
    const gaveUp = await exportBookPdf(restless.session, 'u', { locate: restless.locate });
    expect(gaveUp.passes).toBe(4);
    expect(restless.calls.filter((c) => c === 'print')).toHaveLength(4);
    expect(gaveUp.verified).toBe(false);
  });

  it('prints again when the numbers cannot be written into the first print (no embedded font with digits)', async () => {
    const slot = { pageIndex: 0, baseline: 700, size: 11, titleMcid: 0 };
    const fake = fakeSession(() => ({ e1: 3, e2: 5 }), 'ready', { e1: slot, e2: { ...slot, baseline: 680 } });
    const result = await exportBookPdf(fake.session, 'u', { locate: fake.locate });
    expect(fake.calls).toEqual(['load u', 'print', 'number {"e1":3,"e2":5}', 'print']);
    expect(result).toMatchObject({ passes: 2, verified: true });
  });

  it('reports an entry it could not place as unverified', async () => {
    const fake = fakeSession(() => ({ e1: 3 }));
    expect((await exportBookPdf(fake.session, 'u', { locate: fake.locate })).verified).toBe(false);
  });

  it('prints with escaped header and footer templates, the page size, and writes the metadata', async () => {
    const fake = fakeSession(() => ({ e1: 3, e2: 5 }));
    const result = await exportBookPdf(fake.session, 'u', { locate: fake.locate, metadata: { subject: 'From the request' } });
    const request = fake.requests[0]!;
    expect(request.paper).toBe('Letter');
    expect(request.headerTemplate).toContain('SENSITIVE &#60;b&#62;');
    expect(request.footerTemplate).toContain('<span class="totalPages"></span>');
    const doc = await PDFDocument.load(result.pdf);
    expect([doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords(), doc.getCreator()]).toEqual([
      'Spring Ministerial', 'Policy Staff', 'From the request', 'fisheries energy', 'Chancery',
    ]);
  });

  it('fails with a clear error when the book is not in the library', async () => {
    const fake = fakeSession(() => ({}), 'missing');
    const error = await exportBookPdf(fake.session, 'u', { locate: fake.locate }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfExportError);
    expect((error as PdfExportError).code).toBe('book-not-found');
    expect(fake.calls).toEqual(['load u']);
  });
});

describe('measureExport', () => {
  it('times the export and one plain print of the same view', async () => {
    const fake = fakeSession(() => ({ e1: 3, e2: 5 }));
    // measureExport uses the real PDF reader, which finds no outline in a blank PDF.
    const timings = await measureExport(fake.session, 'u');
    expect(timings.passes).toBe(1);
    expect(timings.exportMs).toBeGreaterThanOrEqual(timings.singlePrintMs);
    expect(fake.calls.filter((c) => c === 'print')).toHaveLength(2);
  });
});
