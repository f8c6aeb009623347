// Maps between character offsets in an element's textContent (the text selectors point into)
// and DOM positions, and paints highlights as <mark> segments that tolerate overlaps.

interface TextSlice {
  node: Text;
  start: number;
}

function textSlices(root: Node): TextSlice[] {
  const slices: TextSlice[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    slices.push({ node, start: offset });
    offset += node.data.length;
  }
  return slices;
}

function locate(slices: TextSlice[], offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!;
    const end = s.start + s.node.data.length;
    if (offset < end || (offset === end && !(preferNext && slices[i + 1]))) return { node: s.node, offset: offset - s.start };
  }
  return null;
}

/** A DOM Range over [start, end) of root's textContent, or null when out of bounds. */
export function rangeFromOffsets(root: Node, start: number, end: number): Range | null {
  const slices = textSlices(root);
  const from = locate(slices, start, true);
  const to = locate(slices, end, false);
  if (!from || !to || end < start) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Character offsets of a DOM range inside root, or null when it lies outside. */
export function offsetsFromRange(root: Node, range: Range): { start: number; end: number } | null {
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const measure = (container: Node, offset: number): number => {
    const r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(container, offset);
    return r.toString().length;
  };
  const start = measure(range.startContainer, range.startOffset);
  const end = measure(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

export interface PaintSpan {
  id: string;
  start: number;
  end: number;
  color: string;
  /** Extra label for assistive technology and print ("note 3"). */
  label?: string;
}

export const MARK_CLASS = 'cy-hl';

/** Elements whose children are rows, cells or items: text directly inside them is layout whitespace. */
const STRUCTURAL = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'MENU']);
const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DETAILS|DIV|DL|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|UL)$/u;

const isBlock = (node: Node | null): boolean => node === null || (node instanceof Element && BLOCK.test(node.tagName));

/**
 * Whitespace that only separates blocks, rows or cells. Wrapping it in <mark> would put inline
 * content where the HTML parser and table layout expect none (a phantom cell in a table), so
 * highlights skip it; its characters still count in the offsets.
 */
function isLayoutWhitespace(node: Text): boolean {
  if (node.data.trim()) return false;
  const parent = node.parentElement;
  if (parent && STRUCTURAL.has(parent.tagName)) return true;
  return isBlock(node.previousSibling) && isBlock(node.nextSibling);
}

/** Removes painted marks, restoring the original text nodes. */
export function clearHighlights(root: Element): void {
  for (const mark of [...root.querySelectorAll(`mark.${MARK_CLASS}`)]) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

/**
 * Paints spans as <mark> segments. Overlapping spans split the text at every boundary; each
 * segment lists all ids covering it and takes the colour of the last-starting span.
 */
export function paintHighlights(root: Element, spans: PaintSpan[]): void {
  clearHighlights(root);
  if (!spans.length) return;
  const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const slice of textSlices(root).reverse()) {
    if (isLayoutWhitespace(slice.node)) continue;
    const nodeStart = slice.start;
    const nodeEnd = nodeStart + slice.node.data.length;
    const inner = cuts.filter((c) => c > nodeStart && c < nodeEnd).reverse();
    // Split from the end so earlier offsets stay valid.
    const pieces: { node: Text; start: number }[] = [];
    const node = slice.node;
    for (const cut of inner) {
      const tail = node.splitText(cut - nodeStart);
      pieces.unshift({ node: tail, start: cut });
    }
    pieces.unshift({ node, start: nodeStart });
    for (const piece of pieces) {
      const covering = ordered.filter((s) => s.start <= piece.start && s.end > piece.start);
      if (!covering.length || !piece.node.data.length) continue;
      const top = covering[covering.length - 1]!;
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      mark.dataset.ids = covering.map((s) => s.id).join(' ');
      mark.dataset.color = top.color;
      if (covering.length > 1) mark.dataset.overlap = String(covering.length);
      const label = covering.map((s) => s.label).filter(Boolean).join(', ');
      if (label) mark.title = label;
      piece.node.replaceWith(mark);
      mark.append(piece.node);
    }
  }
}
