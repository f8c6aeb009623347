// Markdown → sanitized HTML, the one path every brief body and note takes before display or print.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Above this, text is shown as a preformatted block instead of being parsed: marked is
 *  linear on normal input, but a pathological megabyte can still stall the UI thread. */
export const MAX_MARKDOWN_CHARS = 2_000_000;

const PURIFY_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'picture', 'svg', 'math'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster'],
  ALLOW_DATA_ATTR: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** A DOMPurify instance of its own, so its hooks never mix with the import sanitizer's. */
function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    // Nothing remote is ever loaded: images keep their alt text, never their URL.
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!src.startsWith('data:image/')) node.removeAttribute('src');
    }
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:|#)/i.test(href)) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = p;
  return p;
}

/** Sanitizes HTML about to be displayed or printed (bodies were sanitized on import too). */
export function sanitizeForDisplay(html: string): string {
  return instance().sanitize(html, PURIFY_CONFIG);
}

export function renderMarkdown(markdown: string): string {
  if (markdown.length > MAX_MARKDOWN_CHARS) {
    const pre = document.createElement('pre');
    pre.textContent = markdown;
    return pre.outerHTML;
  }
  return sanitizeForDisplay(marked.parse(markdown) as string);
}

/** Parses sanitized HTML into an inert fragment (a <template> never runs scripts or loads images). */
export function toFragment(safeHtml: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = safeHtml;
  return template.content;
}

/** The text annotations and checklist items are anchored to: the rendered body's textContent. */
export function renderedText(markdown: string): string {
  return toFragment(renderMarkdown(markdown)).textContent ?? '';
}
