// Exports a briefing book to one PDF. Every browser call goes through a PrintSession (Electron's
// hidden window, or Playwright's Chromium in the CLI and tests), so this logic runs anywhere.
// Contents page numbers need the finished layout. The book is printed with the number slots left
// empty; where each entry starts is read from that print's outline, and the numbers are written
// into its slots (contents-numbers.ts). Only when that cannot be done (a title not found, no
// embedded font with the digits) does it fall back to passes: write the numbers into the page,
// print again, until they hold still.
import type { ExportProgress } from '../common/ipc-contract.js';
import type { PrintEntry, PrintInfo } from '../common/print-page.js';
import { footerTemplate, headerTemplate } from './pdf-templates.js';
import { locateEntries, type PdfFacts } from './pdf-pages.js';
import { PDFDocument } from 'pdf-lib';
import { applyMetadata, type PdfMetadata } from './pdf-metadata.js';
import { repairStructure } from './pdf-structure.js';
import { writeContentsNumbers } from './contents-numbers.js';
import type { NumberSlot } from './contents-slots.js';
import { pageRanks } from './page-levels.js';
import { readPageTexts } from './banner-text.js';
import { stampBanners, type BannerPlacement } from './page-banners.js';

export interface PrintRequest {
  paper: 'A4' | 'Letter';
  headerTemplate: string;
  footerTemplate: string;
}

/** What the print page reports once loaded. */
export type PrintPageState = 'ready' | 'missing';

export interface PrintSession {
  /** Loads the print view and waits (without timers) until it reports its state. */
  load(url: string): Promise<PrintPageState>;
  info(): Promise<PrintInfo>;
  entries(): Promise<PrintEntry[]>;
  /** Resolves once the page has re-rendered and is ready to print again. */
  setPageNumbers(pages: Record<string, number>): Promise<void>;
  /** A tagged PDF with a document outline, header and footer from the templates. */
  print(request: PrintRequest): Promise<Uint8Array>;
  close(): Promise<void>;
}

// Declared in the IPC contract: the desktop app forwards each phase to the renderer as it is.
export type { ExportProgress };

export interface ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  /** Overrides for the document information the page reports (e.g. from the IPC request). */
  metadata?: Partial<PdfMetadata>;
  /** Numbering passes before giving up on a layout that keeps moving. */
  maxPasses?: number;
  /** Injected for tests; reads entry pages from a printed PDF. */
  locate?: (pdf: Uint8Array, entries: readonly PrintEntry[]) => Promise<PdfFacts>;
}

export interface ExportResult {
  pdf: Uint8Array;
  pageCount: number;
  /** Entry id → page printed in the contents (and verified in the final PDF). */
  pages: Record<string, number>;
  /** Prints made, including the first. */
  passes: number;
  /** False when the numbers still moved after the last pass, or some entries were not found. */
  verified: boolean;
}

export class PdfExportError extends Error {
  constructor(
    readonly code: 'book-not-found' | 'print-failed',
    message: string,
  ) {
    super(message);
  }
}

const samePages = (a: Record<string, number>, b: Record<string, number>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function printRequest(info: PrintInfo): PrintRequest {
  const style = { fontPt: info.bandFontPt };
  // With handling levels, each page's banner is stamped after the print (stampLevels), not repeated by the template.
  const marking = info.levels ? '' : info.marking;
  return { paper: info.paper, headerTemplate: headerTemplate(marking, style), footerTemplate: footerTemplate(marking, info.pageLabel, style, info.editionLabel ?? '') };
}

/** Where each level landed in `pdf`, so each page's banner can be stamped: the highest level on it. */
async function levelStamp(pdf: Uint8Array, info: PrintInfo): Promise<BannerStamp | undefined> {
  const levels = info.levels;
  if (!levels) return undefined;
  const texts = await readPageTexts(pdf, levels.bandMm);
  const { ranks } = pageRanks(texts.bodies, levels);
  return { ranks, banners: levels.banners, place: { footerBaselines: texts.footerBaselines, sideMarginMm: info.sideMarginMm, fontPt: levels.bandFontPt } };
}

interface BannerStamp {
  ranks: number[];
  banners: string[];
  place: BannerPlacement;
}

/** Numbers to write into a print's empty contents slots. */
interface ContentsNumbers {
  slots: Record<string, NumberSlot>;
  pages: Record<string, number>;
  sideMarginMm: number;
}

/**
 * Contents numbers (when given), document information and the structure repairs, written in one
 * load and save. pdf-lib keeps the catalog's outline and structure tree; objects stay
 * uncompressed so tests can read the tags. Null when the numbers could not be written.
 */
async function finishPdf(pdf: Uint8Array, meta: PdfMetadata, language: string, banners: BannerStamp | undefined, numbers?: ContentsNumbers): Promise<Uint8Array | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  if (numbers && !writeContentsNumbers(doc, numbers.slots, numbers.pages, numbers.sideMarginMm)) return null;
  if (banners) await stampBanners(doc, banners.ranks, banners.banners, banners.place);
  applyMetadata(doc, meta);
  repairStructure(doc, language);
  return doc.save({ useObjectStreams: false });
}

/** Prints the book at `url` (a print-view URL) with contents numbers, outline, tags and metadata. */
export async function exportBookPdf(session: PrintSession, url: string, options: ExportOptions = {}): Promise<ExportResult> {
  const report = options.onProgress ?? (() => undefined);
  const locate = options.locate ?? locateEntries;
  const maxPasses = options.maxPasses ?? 3;
  report({ phase: 'rendering' });
  if ((await session.load(url)) === 'missing') throw new PdfExportError('book-not-found', 'The book to print is not in this library.');
  const info = await session.info();
  const entries = await session.entries();
  const request = printRequest(info);
  const meta: PdfMetadata = { title: info.title, author: info.author, subject: info.subject, keywords: info.keywords, ...options.metadata };
  const allFound = (pages: Record<string, number>): boolean => entries.every((e) => pages[e.id] !== undefined);

  let pdf = await session.print(request);
  let facts = await locate(pdf, entries);
  const listed = entries.filter((e) => e.role === 'listed');
  if (allFound(facts.pages) && listed.every((e) => facts.slots[e.id] !== undefined)) {
    report({ phase: 'finishing' });
    const numbers = { slots: facts.slots, pages: facts.pages, sideMarginMm: info.sideMarginMm };
    const finished = await finishPdf(pdf, meta, info.language, await levelStamp(pdf, info), numbers);
    if (finished) return { pdf: finished, pageCount: facts.pageCount, pages: facts.pages, passes: 1, verified: true };
  }

  let printed: Record<string, number> = {};
  let passes = 1;
  // Each pass prints the numbers found in the previous print; it holds once a print with
  // numbers N finds the entries at exactly N.
  while (!samePages(printed, facts.pages) && passes <= maxPasses) {
    report({ phase: 'numbering', pass: passes });
    printed = facts.pages;
    await session.setPageNumbers(printed);
    pdf = await session.print(request);
    facts = await locate(pdf, entries);
    passes += 1;
  }

  report({ phase: 'finishing' });
  const finished = (await finishPdf(pdf, meta, info.language, await levelStamp(pdf, info)))!;
  return {
    pdf: finished,
    pageCount: facts.pageCount,
    pages: printed,
    passes,
    verified: samePages(printed, facts.pages) && allFound(printed),
  };
}

export interface ExportTimings {
  /** The full export: passes, numbering and metadata. */
  exportMs: number;
  /** One plain print of the same view, for the ratio. */
  singlePrintMs: number;
  passes: number;
  pageCount: number;
}

/** For the benchmark: the export's cost against one print of the same page. */
export async function measureExport(session: PrintSession, url: string): Promise<ExportTimings> {
  const started = performance.now();
  const result = await exportBookPdf(session, url);
  const exportMs = performance.now() - started;
  const info = await session.info();
  const printStarted = performance.now();
  await session.print(printRequest(info));
  return { exportMs, singlePrintMs: performance.now() - printStarted, passes: result.passes, pageCount: result.pageCount };
}
