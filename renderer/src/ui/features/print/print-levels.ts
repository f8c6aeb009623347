// Handling levels in the print view: portion marks before each marked brief title and paragraph,
// and the portions in print order for the printer, which stamps each page with the highest level
// printed on it. Pages made from the briefs (summary, contents, checklist, sources, notes) count
// as holding the highest level of what they were made from.
import type { PrintLevels, PrintPortion } from '../../../../../main/common/print-levels.js';
import type { BookLayout, BriefPart } from '../../../domain/book/layout.js';
import { bookRank, briefRank, highestRank, paragraphRank, portionPrefix, printsMarks, rankOf, type MarkingScheme } from '../../../domain/marking/levels.js';
import type { Book } from '../../../domain/types.js';
import type { MarkingBand } from '../../../domain/book/band.js';
import { portionBlocks } from '../../../rendering/portion-blocks.js';

export interface BookLevels {
  scheme: MarkingScheme;
  /** The highest level of the printed briefs and paragraphs. */
  contentRank: number;
  /** The book's: its content's, or the higher one the user chose. */
  bookRank: number;
  /** The least any page prints: what the user raised the book to. */
  floorRank: number;
}

const briefParts = (layout: BookLayout): BriefPart[] => layout.parts.filter((p): p is BriefPart => p.kind === 'brief');

/** The levels of a book as laid out (an edition holds only its own briefs); null when nothing would be marked. */
export function bookLevels(scheme: MarkingScheme, layout: BookLayout, book: Book): BookLevels | null {
  const briefs = briefParts(layout).map((p) => p.brief);
  const levels = { scheme, contentRank: bookRank(scheme, briefs), bookRank: bookRank(scheme, briefs, book.level), floorRank: book.level === undefined ? 0 : rankOf(scheme, book.level) };
  const anyMark = scheme.levels.slice(0, levels.bookRank + 1).some((_, rank) => printsMarks(scheme, rank));
  return anyMark ? levels : null;
}

/** The longest banner any page of this book may print, for the bands' height. */
export const longestBanner = (levels: BookLevels): string =>
  levels.scheme.levels.slice(0, levels.bookRank + 1).reduce((longest, l) => (l.banner.length > longest.length ? l.banner : longest), '');

function markElement(doc: Document, text: string, block: boolean): HTMLElement {
  const mark = doc.createElement(block ? 'p' : 'span');
  mark.className = block ? 'portion-mark block-mark' : 'portion-mark';
  mark.textContent = text;
  return mark;
}

/** Puts "(SBU)" before each marked title and paragraph of the printed briefs; returns every portion in print order. */
export function markPortions(root: ParentNode, layout: BookLayout, levels: BookLevels): PrintPortion[] {
  const { scheme } = levels;
  const briefs = briefParts(layout);
  const titleRanks = highestRank(briefs.map((p) => rankOf(scheme, p.brief.level)));
  const portions: PrintPortion[] = [...derived(root, '.sheet.summary', levels.contentRank), ...derived(root, '.sheet.contents', titleRanks)];
  for (const part of briefs) {
    const article = root.querySelector<HTMLElement>(`#${CSS.escape(part.anchor)}`);
    if (!article) continue;
    const own = rankOf(scheme, part.brief.level);
    const title = article.querySelector<HTMLElement>('.part-title');
    const titleMark = portionPrefix(scheme.levels[own]).trim();
    if (title && titleMark) title.before(markElement(article.ownerDocument, titleMark, true));
    // The title, subtitle, source line and note for the reader: the brief's own level.
    const head = [...article.children].filter((el) => !el.matches('.body, .endnotes')).map((el) => el.textContent ?? '').join(' ');
    portions.push({ rank: own, text: head });
    const body = article.querySelector<HTMLElement>('.body');
    for (const [i, block] of (body ? portionBlocks(body) : []).entries()) {
      const rank = paragraphRank(scheme, part.brief, i);
      const mark = portionPrefix(scheme.levels[rank]);
      portions.push({ rank, text: `${mark}${block.textContent ?? ''}` });
      if (mark) {
        if (block.matches('p, li, h1, h2, h3, h4, h5, h6')) block.prepend(markElement(article.ownerDocument, mark, false));
        else block.before(markElement(article.ownerDocument, mark.trim(), true));
      }
    }
    // Notes quote the brief: they carry its highest level.
    portions.push({ rank: briefRank(scheme, part.brief), text: article.querySelector('.endnotes')?.textContent ?? '' });
  }
  // Items are sentences of the briefs: a checklist with any counts as holding the highest level.
  const checklistRank = layout.checklist?.length ? levels.contentRank : 0;
  portions.push(...derived(root, '.sheet.checklist', checklistRank), ...derived(root, '.sheet.sources', titleRanks));
  return portions;
}

/**
 * A page made from the briefs, as portions of one rank: each heading, line, row and list entry
 * apart, so the numbers a list prints before its entries never stand in the way of finding them.
 */
function derived(root: ParentNode, selector: string, rank: number): PrintPortion[] {
  const section = root.querySelector(selector);
  return section ? portionBlocks(section, 'h1, h2, h3, p, li, tr, dt, dd').map((el) => ({ rank, text: el.textContent ?? '' })) : [];
}

export function printLevels(levels: BookLevels, portions: PrintPortion[], band: MarkingBand): PrintLevels {
  return {
    banners: levels.scheme.levels.map((l) => l.banner),
    bookRank: levels.bookRank,
    floorRank: levels.floorRank,
    portions,
    bandMm: { top: band.topMm, bottom: band.bottomMm },
    bandFontPt: band.fontPt,
  };
}
