// The reserved bands at the top and bottom of every printed page that hold the handling marking
// and "Page X of Y". Chromium draws header and footer inside the page margins, so the margins
// are sized here for the marking's wrapped height: however long, it never reaches the content.
// Widths are estimated on the generous side (bold capitals, letter-spaced) so a wrap the
// estimate misses still has room.

export const SIDE_MARGIN_MM = 18;
const PAPER_WIDTH_MM = { A4: 210, Letter: 215.9 } as const;
/** The footer keeps this much beside the marking for "Page X of Y" on one line. */
const PAGE_LABEL_MM = 38;
const PT_MM = 25.4 / 72;
/** Average advance of a bold capital with 0.06em tracking, in ems. */
const CHAR_EM = 0.78;
const LINE_HEIGHT = 1.25;
/** Space between the band's text and the page edge, and between the band and the content. */
const EDGE_MM = 7;
const GAP_MM = 4;
/** Base margins when there is nothing, or one line, in the band. */
const MIN_MARGIN_MM = 20;

export interface MarkingBand {
  /** Font size of the marking and page label, in points (smaller for very long markings). */
  fontPt: number;
  topMm: number;
  bottomMm: number;
  headerLines: number;
  footerLines: number;
}

/** Lines `text` takes at `fontPt` in a column `widthMm` wide, breaking at spaces (or anywhere in a long word). */
export function wrappedLines(text: string, widthMm: number, fontPt: number): number {
  const perLine = Math.max(1, Math.floor(widthMm / (fontPt * PT_MM * CHAR_EM)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

export function markingBand(marking: string, paper: 'A4' | 'Letter'): MarkingBand {
  const text = marking.trim();
  const width = PAPER_WIDTH_MM[paper] - 2 * SIDE_MARGIN_MM;
  // Long markings step down in size before they take more lines.
  const fontPt = wrappedLines(text, width, 8) > 3 ? 6.5 : 8;
  const headerLines = text === '' ? 0 : wrappedLines(text, width, fontPt);
  const footerLines = Math.max(1, text === '' ? 1 : wrappedLines(text, width - PAGE_LABEL_MM, fontPt));
  const lineMm = fontPt * PT_MM * LINE_HEIGHT;
  const margin = (lines: number): number => Math.max(MIN_MARGIN_MM, Math.ceil(EDGE_MM + lines * lineMm + GAP_MM));
  return { fontPt, topMm: margin(headerLines), bottomMm: margin(footerLines), headerLines, footerLines };
}
