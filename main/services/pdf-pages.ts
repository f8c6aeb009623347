// Where each contents entry starts in a printed PDF, read back with pdf.js from the document
// outline, which Chromium builds from the headings of a tagged print. Page texts are not
// searched: the contents page itself lists every title.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PrintEntry } from '../common/print-page.js';

/** Outline titles join a wrapped heading's lines without a space, so spaces never count. */
export const normalizeTitle = (s: string): string => s.normalize('NFC').replace(/\s+/g, '').toLowerCase();

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

async function destinationPage(doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const ref = explicit?.[0];
  if (ref === undefined || ref === null) return null;
  if (typeof ref === 'number') return ref + 1;
  return (await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
}

/** Outline items depth-first, i.e. in document order. */
async function outlinePages(doc: PDFDocumentProxy): Promise<{ title: string; page: number }[]> {
  const out: { title: string; page: number }[] = [];
  const walk = async (nodes: OutlineNode[]): Promise<void> => {
    for (const node of nodes) {
      const page = await destinationPage(doc, node.dest).catch(() => null);
      if (page !== null) out.push({ title: normalizeTitle(node.title), page });
      await walk(node.items ?? []);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as OutlineNode[]);
  return out;
}

/**
 * Chromium (156) sometimes repeats a heading's text in its outline title: the whole heading
 * ("TT"), or, for a heading wrapped over two lines, its first line ("L1 L1 L2"). Both are the
 * heading preceded by a prefix of itself, which is what counts as a match here.
 */
export const sameHeading = (outlineTitle: string, wanted: string): boolean =>
  outlineTitle.endsWith(wanted) && wanted.startsWith(outlineTitle.slice(0, outlineTitle.length - wanted.length));

/**
 * Matches entries to pages in order: each entry is looked for only after the previous one, so a
 * brief whose body repeats an earlier title, or two briefs with one title, land on their own
 * pages.
 */
export function matchInOrder(entries: readonly PrintEntry[], outline: readonly { title: string; page: number }[]): Record<string, number> {
  const found: Record<string, number> = {};
  let cursor = 0;
  for (const entry of entries) {
    const wanted = normalizeTitle(entry.title);
    const at = outline.findIndex((c, i) => i >= cursor && sameHeading(c.title, wanted));
    if (at < 0) continue;
    cursor = at + 1;
    found[entry.id] = outline[at]!.page;
  }
  return found;
}

export interface PdfFacts {
  pageCount: number;
  /** Entry id → 1-based page where it starts; entries not found are absent. */
  pages: Record<string, number>;
}

/** Reads a printed book: its page count and where each entry starts. */
export async function locateEntries(pdf: Uint8Array, entries: readonly PrintEntry[]): Promise<PdfFacts> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    return { pageCount: doc.numPages, pages: matchInOrder(entries, await outlinePages(doc)) };
  } finally {
    await doc.destroy();
  }
}
