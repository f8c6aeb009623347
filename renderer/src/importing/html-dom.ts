// The DOM that untrusted HTML is parsed into. Import runs in a worker, where the page's DOMParser
// does not exist, so HTML is parsed by linkedom (a DOM written in JavaScript, the same in the
// worker and in Node's tests) and never touches the live page: nothing in it can load or run.
//
// DOMPurify sanitizes in this DOM too. Where it relies on how browsers behave, linkedom is
// adapted here, each in a few lines:
// - it reads `parentNode` and `ownerDocument` through getters taken from the prototypes (so a
//   clobbered form cannot lie to it); linkedom keeps both as plain fields, so getters that read
//   the fields are added;
// - it walks with a live NodeIterator: a node it hoists out of a removed element must be visited
//   and sanitized in turn. linkedom's iterator is a snapshot taken at creation, so a live one is
//   given (`LiveNodeIterator`);
// - it clones text and comments through Element.prototype.cloneNode, which linkedom only
//   implements for elements;
// - it parses fragments with DOMParser and expects the HTML parser's implied <html> and <body>,
//   which linkedom leaves out unless they are written.
// And the GFM tables plugin of Turndown reads `table.rows`, which linkedom lacks: it is added.
import { DOMParser, NodeFilter, parseHTML } from 'linkedom';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';
const WHOLE_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\b|<html\b)/i;

/** Parses a page or a fragment into an inert document; a fragment goes into its <body>. */
export function parseHtmlDocument(html: string): Document {
  const page = WHOLE_DOCUMENT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
}

const SHOWN_BY: Record<number, number> = {
  1: NodeFilter.SHOW_ELEMENT,
  3: NodeFilter.SHOW_TEXT,
  4: 8, // SHOW_CDATA_SECTION
  7: 64, // SHOW_PROCESSING_INSTRUCTION
  8: NodeFilter.SHOW_COMMENT,
};

/** The next node after `node` in document order, staying inside `root`. */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The node before `node` in document order (its previous sibling's last descendant, or its parent). */
function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let before = node.previousSibling;
  if (!before) return node.parentNode;
  while (before.lastChild) before = before.lastChild;
  return before;
}

/**
 * A NodeIterator that sees the tree as it is when asked for the next node, as browsers' does.
 * When the node it returned last has been removed since, it goes on from where that node stood
 * (the node before it), so whatever was put in its place is visited next.
 */
export class LiveNodeIterator {
  private current: Node | null = null;
  private before: Node | null = null;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {}

  nextNode(): Node | null {
    for (;;) {
      let next: Node | null;
      if (this.current === null) next = this.root;
      else if (this.current === this.root || this.current.parentNode) next = following(this.current, this.root);
      else next = this.before ? following(this.before, this.root) : null;
      if (!next) return null;
      this.before = preceding(next, this.root);
      this.current = next;
      if ((SHOWN_BY[next.nodeType] ?? 0) & this.whatToShow) return next;
    }
  }
}

type LinkedomWindow = ReturnType<typeof parseHTML>;
let adapted: LinkedomWindow | null = null;

/** linkedom's classes, adapted once (see the notes at the top) and shared by every document. */
function linkedomWindow(): LinkedomWindow {
  if (adapted) return adapted;
  const { window } = parseHTML(EMPTY_PAGE);
  for (const key of ['parentNode', 'ownerDocument'] as const) {
    Object.defineProperty(window.Node.prototype, key, {
      configurable: true,
      get(this: Node) {
        return Object.prototype.hasOwnProperty.call(this, key) ? this[key] : null;
      },
      // linkedom assigns the field in its constructors: keep it a plain field of each node.
      set(this: Node, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  const cloneElement = window.Element.prototype.cloneNode;
  window.Element.prototype.cloneNode = function cloneNode(this: Node, deep?: boolean) {
    return this.nodeType === 1 ? cloneElement.call(this, deep) : (Object.getPrototypeOf(this) as Node).cloneNode.call(this, deep);
  };
  Object.defineProperty(Object.getPrototypeOf(window.document.createElement('table')), 'rows', {
    configurable: true,
    get(this: HTMLTableElement) {
      // The table's own rows: in it directly or in its head, bodies and foot, never a nested table's.
      return Array.from(this.children).flatMap((child) => (child.tagName === 'TR' ? [child] : /^T(HEAD|BODY|FOOT)$/.test(child.tagName) ? Array.from(child.children).filter((row) => row.tagName === 'TR') : []));
    },
  });
  adapted = window;
  return window;
}

let purifierWindow: Window | null = null;

/** The window DOMPurify is given: linkedom's, with a document that makes fresh documents and live iterators. */
export function windowForPurifier(): Window {
  if (purifierWindow) return purifierWindow;
  const window = linkedomWindow();
  const document = window.document;
  Object.defineProperty(document, 'implementation', { value: { createHTMLDocument: () => parseHtmlDocument(EMPTY_PAGE) } });
  Object.defineProperty(document, 'createNodeIterator', { value: (root: Node, whatToShow: number) => new LiveNodeIterator(root, whatToShow) });
  class FragmentParser {
    parseFromString(html: string): Document {
      return parseHtmlDocument(html);
    }
  }
  purifierWindow = new Proxy(window, {
    get(target, key) {
      if (key === 'NodeFilter') return NodeFilter;
      if (key === 'DOMParser') return FragmentParser;
      return Reflect.get(target, key) as unknown;
    },
  }) as unknown as Window;
  return purifierWindow;
}

/** The Document and Element prototypes of parsed documents, for calls a clobbered name cannot shadow. */
export function domPrototypes(): { document: Document; element: Element } {
  const window = linkedomWindow();
  return { document: window.Document.prototype as Document, element: window.Element.prototype as Element };
}
