// Where each contents entry starts in a printed PDF, read back with pdf.js from the document
// outline, which Chromium builds from the headings of a tagged print. Page texts are not
// searched for headings (the contents page itself lists every title); only the contents pages'
// text is read, to find where each entry's number goes.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PrintEntry } from '../common/print-page.js';
import { normalizeTitle } from './title-match.js';
import { findSlots, type ContentsPage, type NumberSlot, type TextRun } from './contents-slots.js';

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
  /** Listed entry id → where its contents number goes; absent where its title was not found. */
  slots: Record<string, NumberSlot>;
}

/** The contents run from its own heading to the page before the next part that follows it. */
export function contentsPageRange(entries: readonly PrintEntry[], pages: Record<string, number>): { first: number; last: number } | null {
  const heading = entries.find((e) => e.role === 'contents');
  const first = heading && pages[heading.id];
  if (first === undefined) return null;
  const after = entries.filter((e) => e.role === 'listed').map((e) => pages[e.id] ?? 0).filter((p) => p > first);
  return { first, last: after.length > 0 ? Math.min(...after) - 1 : first };
}

/** Tagged text runs of one page, each with the marked-content id it was drawn in. */
async function textRuns(doc: PDFDocumentProxy, pageNumber: number): Promise<TextRun[]> {
  const content = await (await doc.getPage(pageNumber)).getTextContent({ includeMarkedContent: true });
  const runs: TextRun[] = [];
  const open: (number | null)[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      // pdf.js names marked content "<page>_mc<MCID>"; content without an MCID is untagged.
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        const mcid = /_mc(\d+)$/.exec(item.id ?? '')?.[1];
        open.push(mcid === undefined ? null : Number(mcid));
      } else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const [a = 0, b = 0, , , , y = 0] = item.transform as number[];
    runs.push({ str: item.str, y, size: Math.hypot(a, b), mcid: open.at(-1) ?? null });
  }
  return runs;
}

/** Reads a printed book: its page count, where each entry starts, and where its contents number goes. */
export async function locateEntries(pdf: Uint8Array, entries: readonly PrintEntry[]): Promise<PdfFacts> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages = matchInOrder(entries, await outlinePages(doc));
    const range = contentsPageRange(entries, pages);
    const contents: ContentsPage[] = [];
    for (let p = range?.first ?? 1; range && p <= Math.min(range.last, doc.numPages); p++) contents.push({ index: p - 1, runs: await textRuns(doc, p) });
    return { pageCount: doc.numPages, pages, slots: findSlots(contents, entries.filter((e) => e.role === 'listed')) };
  } finally {
    await doc.destroy();
  }
}
