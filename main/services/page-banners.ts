// Stamps each page's handling banner at its top and bottom after the print, once where each
// level landed is known (page-levels.ts). The banner is drawn in the standard Helvetica Bold (no
// font file is embedded, so nothing outside the print is added) and marked as a pagination
// artifact, as Chromium's own header and footer are: assistive technology reads it once as the
// page's furniture, not as part of the text.
import { StandardFonts, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';

const MM_TO_PT = 72 / 25.4;
const EDGE_MM = 7;
/** The footer keeps this much on the right for "Page X of Y" (as domain/book/band.ts reserves it). */
const PAGE_LABEL_MM = 38;
const num = (n: number): string => String(Math.round(n * 100) / 100);

export interface BannerPlacement {
  /** The footer's baseline on each page, from the print (null: the band's usual place). */
  footerBaselines: readonly (number | null)[];
  sideMarginMm: number;
  fontPt: number;
}

/** Characters the standard font's encoding cannot draw are shown as "?" rather than dropped. */
function drawable(font: PDFFont, text: string): string {
  const able = new Set(font.getCharacterSet());
  return [...text].map((ch) => (able.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

/** Writes `banners[ranks[i]]` at the top and bottom of page i; pages whose banner is empty get none. */
export async function stampBanners(doc: PDFDocument, ranks: readonly number[], banners: readonly string[], place: BannerPlacement): Promise<void> {
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const stream = (text: string): PDFRef => doc.context.register(doc.context.stream(text));
  doc.getPages().forEach((page, i) => {
    const text = drawable(font, (banners[ranks[i] ?? 0] ?? '').trim());
    if (text === '') return;
    const { x, y, width, height } = page.getMediaBox();
    const side = place.sideMarginMm * MM_TO_PT;
    const room = width - 2 * side - PAGE_LABEL_MM * MM_TO_PT;
    // A long banner is set smaller until it fits on one line.
    const size = Math.max(5, Math.min(place.fontPt, (place.fontPt * room) / font.widthOfTextAtSize(text, place.fontPt)));
    const textWidth = font.widthOfTextAtSize(text, size);
    const topBaseline = y + height - EDGE_MM * MM_TO_PT - size;
    const bottomBaseline = place.footerBaselines[i] ?? y + EDGE_MM * MM_TO_PT;
    const resource = page.node.newFontDictionary(font.name, font.ref);
    const hex = font.encodeText(text).toString();
    const line = (left: number, baseline: number, sub: string) =>
      `/Artifact <</Type /Pagination /Subtype /${sub}>> BDC BT ${resource.toString()} ${num(size)} Tf ${num(left)} ${num(baseline)} Td ${hex} Tj ET EMC`;
    page.node.normalize();
    page.node.wrapContentStreams(stream('q'), stream('Q'));
    // Centred at the top; at the bottom it starts at the margin, beside "Page X of Y" on the right.
    page.node.addContentStream(stream(`${line(x + (width - textWidth) / 2, topBaseline, 'Header')}\n${line(x + side, bottomBaseline, 'Footer')}`));
  });
}
