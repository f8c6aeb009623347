// The one sanitizer for imported HTML. It runs in the import worker, in the inert DOM of
// html-dom.ts: output is a fragment of a document that is never the live page, so nothing in it
// can load or run.
import DOMPurify, { type Config } from 'dompurify';
import { windowForPurifier } from './html-dom.js';

export const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's',
  'del', 'ins', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'hr', 'sup', 'sub', 'dl',
  'dt', 'dd', 'span', 'div', 'section', 'article', 'header', 'main', 'abbr', 'q', 'cite', 'time', 'mark', 'small',
];

export const ALLOWED_ATTRIBUTES = ['href', 'title', 'colspan', 'rowspan', 'datetime', 'align'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
  // Only absolute web and mail links survive; relative ones would point into the app itself.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  // Page furniture whose text is never article text.
  ADD_FORBID_CONTENTS: ['form', 'nav', 'aside', 'button', 'select', 'textarea', 'input', 'iframe', 'noscript', 'svg', 'math', 'video', 'audio', 'object', 'embed', 'canvas', 'dialog'],
  RETURN_DOM_FRAGMENT: true,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(windowForPurifier() as Window & typeof globalThis);
  // An image becomes its alt text: the words stay, the remote file is never requested.
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || !('getAttribute' in node)) return;
    const alt = (node as Element).getAttribute('alt')?.trim();
    if (alt) node.parentNode?.insertBefore(node.ownerDocument!.createTextNode(` ${alt} `), node);
  });
  purifier = p;
  return p;
}

export function sanitizeHtml(html: string): DocumentFragment {
  return instance().sanitize(html, CONFIG);
}
