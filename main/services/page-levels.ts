// Which handling levels landed on which page of a printed book, found from the print itself: the
// body text of every page (header and footer bands left out) is read as one stream, and each
// portion is found in it in order by its first and last words. A portion spans every page from
// where it starts to where it ends, so a paragraph that runs onto the next page marks that page
// too. Where a portion cannot be found, it is counted on every page it could have landed on
// (between its neighbours that were found): a banner may come out higher, never lower.
import type { PrintLevels } from '../common/print-levels.js';

/** Characters of a portion's start and end looked for: long enough to be its own, short enough to sit on one page. */
const PROBE = 48;

/** Letters and digits only, lower case: what survives line breaks, hyphenation and ligatures in a PDF's text. */
export const matchText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface PageRanks {
  /** The rank whose banner each page prints, by 0-based page index. */
  ranks: number[];
  /** Portions whose place could not be read, counted on every page they could be on. */
  unplaced: number;
}

interface Span {
  first: number;
  last: number;
}

/**
 * Each page's rank from the body text of each page (`pages[i]`, as extracted) and the portions in
 * print order. The first page is the cover: it carries the book's rank.
 */
export function pageRanks(pages: readonly string[], levels: Pick<PrintLevels, 'portions' | 'bookRank' | 'floorRank'>): PageRanks {
  const starts: number[] = [];
  let stream = '';
  for (const page of pages) {
    starts.push(stream.length);
    stream += matchText(page);
  }
  const pageAt = (offset: number): number => {
    let page = 0;
    while (page + 1 < starts.length && starts[page + 1]! <= offset) page += 1;
    return page;
  };
  const lastPage = Math.max(0, pages.length - 1);
  const spans: (Span | null)[] = [];
  let cursor = 0;
  for (const portion of levels.portions) {
    const text = matchText(portion.text);
    if (text === '') {
      spans.push({ first: -1, last: -2 }); // prints no text: nowhere to mark
      continue;
    }
    const head = text.slice(0, PROBE);
    const start = stream.indexOf(head, cursor);
    if (start < 0) {
      spans.push(null);
      continue;
    }
    let end = start + text.length;
    if (text.length > PROBE) {
      // The tail lies about the text's length after the start; a little earlier where the PDF dropped something.
      const tail = text.slice(-PROBE);
      const from = Math.max(start + 1, start + text.length - PROBE - Math.ceil(text.length / 10));
      const at = stream.indexOf(tail, from);
      end = at < 0 ? stream.length : at + PROBE;
    }
    spans.push({ first: pageAt(start), last: pageAt(Math.max(start, end - 1)) });
    cursor = start + head.length;
  }
  const ranks = pages.map(() => levels.floorRank);
  if (ranks.length > 0) ranks[0] = Math.max(ranks[0]!, levels.bookRank);
  let unplaced = 0;
  levels.portions.forEach((portion, i) => {
    let span = spans[i];
    if (span === undefined) return;
    if (span === null) {
      unplaced += 1;
      const before = spans.slice(0, i).reverse().find((s): s is Span => !!s && s.first >= 0);
      const after = spans.slice(i + 1).find((s): s is Span => !!s && s.first >= 0);
      span = { first: before?.last ?? 0, last: after?.first ?? lastPage };
    }
    for (let p = span.first; p <= span.last && p <= lastPage; p++) ranks[p] = Math.max(ranks[p]!, portion.rank);
  });
  return { ranks, unplaced };
}
