// Handling levels as the print view hands them to the printer, so each page's banner can be the
// highest level printed on that page. Environment-neutral types only.

/** One portion of the book (a brief's title, a paragraph, a derived page) in the order printed. */
export interface PrintPortion {
  /** Its level's rank in the scheme: 0 is the lowest. */
  rank: number;
  /** Its text exactly as printed, portion mark included. */
  text: string;
}

export interface PrintLevels {
  /** The banner printed for each rank ('' prints none). */
  banners: string[];
  /** The book's rank: the highest of its content, or higher where the user raised it. The cover's banner. */
  bookRank: number;
  /** The least any page prints: the rank the user raised the book to, else 0. */
  floorRank: number;
  portions: PrintPortion[];
  /** The header and footer bands' heights: text inside them is not the book's content. */
  bandMm: { top: number; bottom: number };
  bandFontPt: number;
}
