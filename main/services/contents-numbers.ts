// Writes the contents page numbers into a book printed with its number slots left empty, so a
// book is printed once instead of twice. Each number is drawn right-aligned at the text column's
// edge, on its title's first baseline, in a font Chromium already embedded on that page (a
// digit's code comes from the font's own ToUnicode map, so nothing outside the print is used),
// and it is tagged as a Span beside its title, so assistive technology reads it in the entry.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { NumberSlot } from './contents-slots.js';
import { codesByCharacter } from './to-unicode.js';

const MM_TO_PT = 72 / 25.4;
const pdfNumber = (n: number): string => String(Math.round(n * 100) / 100);
const N = {
  Font: PDFName.of('Font'), Subtype: PDFName.of('Subtype'), ToUnicode: PDFName.of('ToUnicode'), BaseFont: PDFName.of('BaseFont'),
  DescendantFonts: PDFName.of('DescendantFonts'), W: PDFName.of('W'), DW: PDFName.of('DW'), StructParents: PDFName.of('StructParents'),
  StructTreeRoot: PDFName.of('StructTreeRoot'), ParentTree: PDFName.of('ParentTree'), Nums: PDFName.of('Nums'), Kids: PDFName.of('Kids'),
  P: PDFName.of('P'), K: PDFName.of('K'), MCID: PDFName.of('MCID'), Span: PDFName.of('Span'),
};

/** An embedded composite font of the page that can draw digits: its resource name, codes and widths. */
interface DigitFont {
  resource: PDFName;
  baseFont: string;
  codes: Map<string, string>;
  /** Glyph width in thousandths of the size, by code. */
  width: (code: string) => number;
}

const numberAt = (array: PDFArray, i: number): number | undefined => {
  const value = array.get(i);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
};

/** The /W array of a CIDFont: `c [w1 w2 …]` and `c1 c2 w` entries (PDF 32000-1, 9.7.4.3). */
function cidWidths(descendant: PDFDict): (code: string) => number {
  const widths = new Map<number, number>();
  const w = descendant.lookupMaybe(N.W, PDFArray);
  for (let i = 0; w && i < w.size(); ) {
    const first = numberAt(w, i);
    const next = w.lookup(i + 1);
    if (first === undefined) break;
    if (next instanceof PDFArray) {
      for (let j = 0; j < next.size(); j++) widths.set(first + j, numberAt(next, j) ?? 0);
      i += 2;
    } else {
      const last = numberAt(w, i + 1) ?? first;
      const width = numberAt(w, i + 2) ?? 0;
      for (let c = first; c <= last && c - first < 0x10000; c++) widths.set(c, width);
      i += 3;
    }
  }
  const fallback = descendant.lookupMaybe(N.DW, PDFNumber)?.asNumber() ?? 1000;
  return (code) => widths.get(parseInt(code, 16)) ?? fallback;
}

function digitFonts(page: PDFPage): DigitFont[] {
  const fonts = page.node.Resources()?.lookupMaybe(N.Font, PDFDict);
  if (!fonts) return [];
  const found: DigitFont[] = [];
  for (const [resource, value] of fonts.entries()) {
    const font = page.doc.context.lookup(value);
    if (!(font instanceof PDFDict) || font.lookupMaybe(N.Subtype, PDFName)?.decodeText() !== 'Type0') continue;
    const toUnicode = font.lookup(N.ToUnicode);
    const descendant = font.lookupMaybe(N.DescendantFonts, PDFArray)?.lookup(0);
    if (!(toUnicode instanceof PDFRawStream) || !(descendant instanceof PDFDict)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(toUnicode).decode());
    found.push({ resource, baseFont: font.lookupMaybe(N.BaseFont, PDFName)?.decodeText() ?? '', codes: codesByCharacter(cmap), width: cidWidths(descendant) });
  }
  return found;
}

/** A font with every digit needed, preferring an upright regular face (numbers are set in the body weight). */
function chooseFont(fonts: readonly DigitFont[], text: string): DigitFont | undefined {
  const able = fonts.filter((f) => [...text].every((ch) => f.codes.has(ch)));
  return able.find((f) => !/bold|black|heavy|semi|italic|oblique/i.test(f.baseFont)) ?? able[0];
}

/** The parent-tree array of marked content → element for the page with `key` (a number tree). */
function parentTreeArray(doc: PDFDocument, key: number): PDFArray | undefined {
  const root = doc.catalog.lookupMaybe(N.StructTreeRoot, PDFDict);
  const walk = (node: PDFDict | undefined, depth: number): PDFArray | undefined => {
    if (!node || depth > 32) return undefined;
    const nums = node.lookupMaybe(N.Nums, PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      if (numberAt(nums, i) === key) return nums.lookupMaybe(i + 1, PDFArray);
    }
    const kids = node.lookupMaybe(N.Kids, PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const hit = walk(kids.lookupMaybe(i, PDFDict), depth + 1);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(root?.lookupMaybe(N.ParentTree, PDFDict), 0);
}

/** Adds a Span for the number next to its title's element; returns the marked-content id to draw it in. */
function tagNumber(doc: PDFDocument, page: PDFPage, titleMcid: number): number | undefined {
  const key = page.node.lookupMaybe(N.StructParents, PDFNumber)?.asNumber();
  const marks = key === undefined ? undefined : parentTreeArray(doc, key);
  const title = marks?.get(titleMcid);
  const titleDict = title instanceof PDFRef ? doc.context.lookup(title) : undefined;
  const parentRef = titleDict instanceof PDFDict ? titleDict.get(N.P) : undefined;
  const parent = parentRef instanceof PDFRef ? doc.context.lookup(parentRef) : undefined;
  if (!marks || !(parentRef instanceof PDFRef) || !(parent instanceof PDFDict)) return undefined;
  const mcid = marks.size();
  const span = doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'Span', P: parentRef, Pg: page.ref, K: mcid }));
  const kids = parent.get(N.K);
  parent.set(N.K, kids instanceof PDFArray ? (kids.push(span), kids) : doc.context.obj(kids === undefined ? [span] : [kids, span]));
  marks.push(span);
  return mcid;
}

/**
 * Draws `pages[id]` at each entry's slot. Returns false, having changed nothing, when a slot's
 * page has no embedded font that can draw its number or its title is not in the structure tree.
 */
export function writeContentsNumbers(doc: PDFDocument, slots: Record<string, NumberSlot>, pages: Record<string, number>, sideMarginMm: number): boolean {
  const byPage = new Map<number, { slot: NumberSlot; text: string }[]>();
  for (const [id, slot] of Object.entries(slots)) {
    const number = pages[id];
    if (number === undefined) return false;
    byPage.set(slot.pageIndex, [...(byPage.get(slot.pageIndex) ?? []), { slot, text: String(number) }]);
  }
  // Every page is checked before anything is written, so a refusal leaves the document as it was.
  const plans = [...byPage].map(([index, items]) => {
    const page = doc.getPage(index);
    return { page, items, font: chooseFont(digitFonts(page), items.map((i) => i.text).join('')) };
  });
  const key = (page: PDFPage) => page.node.lookupMaybe(N.StructParents, PDFNumber)?.asNumber();
  if (plans.some((p) => !p.font || key(p.page) === undefined || !parentTreeArray(doc, key(p.page)!))) return false;

  const stream = (text: string): PDFRef => doc.context.register(doc.context.stream(text));
  for (const { page, items, font } of plans) {
    const box = page.getMediaBox();
    const right = box.x + box.width - sideMarginMm * MM_TO_PT;
    // The print's own content is wrapped in q…Q so its last graphics state cannot shift the numbers.
    page.node.normalize();
    page.node.wrapContentStreams(stream('q'), stream('Q'));
    const drawn = items.map(({ slot, text }) => {
      const mcid = tagNumber(doc, page, slot.titleMcid);
      const codes = [...text].map((ch) => font!.codes.get(ch)!);
      const width = codes.reduce((sum, code) => sum + font!.width(code), 0) * (slot.size / 1000);
      const mark = mcid === undefined ? '/Artifact BMC' : `/Span <</MCID ${mcid}>> BDC`;
      return `${mark} BT ${font!.resource.toString()} ${pdfNumber(slot.size)} Tf ${pdfNumber(right - width)} ${pdfNumber(slot.baseline)} Td <${codes.join('')}> Tj ET EMC`;
    });
    page.node.addContentStream(stream(drawn.join('\n')));
  }
  return true;
}
