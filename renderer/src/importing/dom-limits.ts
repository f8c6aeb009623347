// Guards against documents built to exhaust the recursive code in Readability and Turndown.
import { ImportError } from '../domain/import.js';
import { domPrototypes } from './html-dom.js';

/** Real articles nest a few dozen levels; anything deeper than this is flattened. */
export const MAX_NESTING_DEPTH = 200;
export const MAX_ELEMENTS = 400_000;

// Elements that never nest content (void), close themselves implicitly, or hold raw text:
// they are never dropped and do not count towards the depth.
const NOT_COUNTED = new Set(
  ('area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot ' +
    'colgroup caption rb rt rp script style textarea title xmp iframe noembed noframes noscript template plaintext').split(' '),
);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*>/g;

/**
 * Drops the start and end tags of elements opened deeper than MAX_NESTING_DEPTH, keeping
 * their content, before the HTML is parsed. Parsers spend quadratic time on deep trees
 * (jsdom needs tens of seconds for 10,000 levels), so the source is trimmed first; the
 * count is approximate, which only ever costs formatting in very deep documents.
 */
export function limitNestingInSource(html: string): string {
  let depth = 0;
  const dropped = new Map<string, number>();
  return html.replace(TAG, (tag: string, close: string | undefined, rawName: string | undefined) => {
    if (!rawName) return tag;
    const name = rawName.toLowerCase();
    if (NOT_COUNTED.has(name) || tag.endsWith('/>')) return tag;
    if (!close) {
      if (depth < MAX_NESTING_DEPTH) {
        depth++;
        return tag;
      }
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return '';
    }
    const pending = dropped.get(name) ?? 0;
    if (pending > 0) {
      dropped.set(name, pending - 1);
      return '';
    }
    depth = Math.max(0, depth - 1);
    return tag;
  });
}

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
    if (++count > MAX_ELEMENTS) throw new ImportError(fileName, { code: 'tooManyElements', max: MAX_ELEMENTS });
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


/**
 * Removes `id` and `name` values that shadow DOM properties ("DOM clobbering": an
 * `<input name=parentNode>` makes its form's parentNode the input, and tree walks in later steps
 * loop forever). Prototype methods are used so the clobbered names cannot interfere here.
 * Returns how many attributes were removed.
 */
export function removeClobberingNames(doc: Document): number {
  const { document: documentMethods, element: elementMethods } = domPrototypes();
  const querySelectorAll = documentMethods.querySelectorAll;
  const getAttribute = elementMethods.getAttribute;
  const removeAttribute = elementMethods.removeAttribute;
  const probes: object[] = [doc, doc.createElement('form'), doc.createElement('div')];
  let removed = 0;
  for (const el of Array.from(querySelectorAll.call(doc, '[id], [name]'))) {
    for (const attr of ['id', 'name']) {
      const value = getAttribute.call(el, attr);
      if (value !== null && probes.some((probe) => value in probe)) {
        removeAttribute.call(el, attr);
        removed++;
      }
    }
  }
  return removed;
}

/**
 * Unwraps table cells, rows and sections that are not inside a table, keeping their content, as
 * browsers' parsers do. They are never a table, and Turndown's table rules cost time in proportion
 * to a row's cells for each cell (thousands of stray cells would take minutes). Returns how many.
 */
export function unwrapStrayTableParts(doc: Document): number {
  const stray = Array.from(doc.querySelectorAll('td, th, tr, thead, tbody, tfoot, caption, colgroup, col')).filter((el) => !el.parentElement?.closest('table'));
  for (const el of stray) el.replaceWith(...Array.from(el.childNodes), ' ');
  return stray.length;
}
