// The printed book's text read back with pdf.js for its banners: each page's body text (the runs
// between the header and footer bands) and where the footer's line sits, so a stamped banner
// shares the baseline of "Page X of Y".
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const MM_TO_PT = 72 / 25.4;

export interface PageTexts {
  /** Body text of each page, in the order drawn. */
  bodies: string[];
  /** The footer's lowest baseline on each page, in points from the bottom; null where it has none. */
  footerBaselines: (number | null)[];
}

export async function readPageTexts(pdf: Uint8Array, bandMm: { top: number; bottom: number }): Promise<PageTexts> {
  const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const bodies: string[] = [];
    const footerBaselines: (number | null)[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, bottom = 0, , top = 0] = page.view;
      const content = await page.getTextContent();
      const parts: string[] = [];
      let footer: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = (item.transform as number[])[5] ?? 0;
        if (y > top - bandMm.top * MM_TO_PT) continue;
        if (y < bottom + bandMm.bottom * MM_TO_PT) {
          if (item.str.trim()) footer = footer === null ? y : Math.min(footer, y);
          continue;
        }
        parts.push(item.str);
      }
      bodies.push(parts.join(' '));
      footerBaselines.push(footer);
    }
    return { bodies, footerBaselines };
  } finally {
    await doc.destroy();
  }
}
