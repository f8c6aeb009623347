// Guards against documents built to exhaust the recursive code in Readability and Turndown.
import { ImportError } from '../domain/import.js';

/** Real articles nest a few dozen levels; anything deeper than this is flattened. */
export const MAX_NESTING_DEPTH = 200;
export const MAX_ELEMENTS = 400_000;

/**
 * Unwraps every element nested deeper than MAX_NESTING_DEPTH (its children move up a level),
 * so the text survives and no later step recurses more than that deep. Iterative on purpose.
 * Returns how many elements were unwrapped.
 */
export function flattenDeepNesting(fileName: string, doc: Document): number {
  const depth = new Map<Node, number>([[doc, 0]]);
  const tooDeep: Element[] = [];
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count > MAX_ELEMENTS) throw new ImportError(fileName, `has more than ${MAX_ELEMENTS.toLocaleString('en')} HTML elements, too many to import`);
    const d = (depth.get(node.parentNode!) ?? 0) + 1;
    depth.set(node, d);
    if (d > MAX_NESTING_DEPTH) tooDeep.push(node as Element);
  }
  // Deepest first (reverse document order), so each unwrap moves already-flattened children.
  for (let i = tooDeep.length - 1; i >= 0; i--) {
    const el = tooDeep[i]!;
    el.replaceWith(...Array.from(el.childNodes));
  }
  return tooDeep.length;
}
