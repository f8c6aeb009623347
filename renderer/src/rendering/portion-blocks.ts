// The portions of a rendered brief body that can each carry a handling level: its paragraphs,
// list items, headings, quotations, code blocks and tables, outermost first (a paragraph inside
// a list item belongs to the item). The reader and the print view render the same Markdown, so
// the n-th portion is the same block in both, and a level stored by index finds its paragraph.
const PORTION = 'p, li, h1, h2, h3, h4, h5, h6, pre, table, blockquote';

export function portionBlocks(body: ParentNode, selector = PORTION): HTMLElement[] {
  const all = [...body.querySelectorAll<HTMLElement>(selector)];
  const inside = new Set(all);
  return all.filter((el) => {
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (inside.has(up)) return false;
    return true;
  });
}

/** The portion that holds `node`, with its index, or null outside every portion. */
export function portionOf(body: ParentNode, node: Node | null): { index: number; block: HTMLElement } | null {
  const blocks = portionBlocks(body);
  const index = blocks.findIndex((b) => node !== null && b.contains(node));
  return index < 0 ? null : { index, block: blocks[index]! };
}
