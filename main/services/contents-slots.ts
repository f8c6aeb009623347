// Where each contents entry's page number goes, read from a print whose number slots were left
// empty. A row aligns its first baselines, so the number sits on the baseline of the first line
// of its title. Pure matching over text runs; pdf-pages.ts reads the runs from the PDF.
import type { PrintEntry } from '../common/print-page.js';
import { normalizeTitle } from './title-match.js';

/** One run of text as a PDF reader reports it, with the marked content it belongs to. */
export interface TextRun {
  str: string;
  /** Baseline of the run, in PDF points from the bottom of the page. */
  y: number;
  /** Font size in points. */
  size: number;
  /** The marked-content id the run was drawn in, if any (the tagged title). */
  mcid: number | null;
}

export interface ContentsPage {
  /** 0-based page index. */
  index: number;
  runs: TextRun[];
}

/** Where to draw one entry's number, and which tagged title it belongs with. */
export interface NumberSlot {
  pageIndex: number;
  baseline: number;
  size: number;
  titleMcid: number;
}

/**
 * Finds each listed entry's title, in order, on the contents pages. A title fills its rows (the
 * slot beside it is empty), so it must begin and end where runs do; a title found nowhere, or
 * drawn outside tagged content, gets no slot.
 */
export function findSlots(pages: readonly ContentsPage[], listed: readonly PrintEntry[]): Record<string, NumberSlot> {
  const runs = pages.flatMap((page) => page.runs.map((run) => ({ ...run, pageIndex: page.index, text: normalizeTitle(run.str) }))).filter((r) => r.text !== '');
  const starts: number[] = [];
  let stream = '';
  for (const run of runs) {
    starts.push(stream.length);
    stream += run.text;
  }
  const boundaries = new Set([...starts, stream.length]);
  const slots: Record<string, NumberSlot> = {};
  let cursor = 0;
  for (const entry of listed) {
    const wanted = normalizeTitle(entry.title);
    if (wanted === '') continue;
    const at = runs.findIndex((_, i) => i >= cursor && stream.startsWith(wanted, starts[i]!) && boundaries.has(starts[i]! + wanted.length));
    if (at < 0) continue;
    const run = runs[at]!;
    const end = starts[at]! + wanted.length;
    cursor = at + 1;
    while (cursor < runs.length && starts[cursor]! < end) cursor += 1;
    if (run.mcid !== null) slots[entry.id] = { pageIndex: run.pageIndex, baseline: run.y, size: run.size, titleMcid: run.mcid };
  }
  return slots;
}
