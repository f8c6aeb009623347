// Markdown → sanitized HTML, the one path every brief body and note takes before display or print.
// Small texts are parsed on the spot; large ones in a worker under a time limit, because marked
// is linear on normal input but pathological nesting can keep it busy for many seconds.
import DOMPurify from 'dompurify';
import { parseMarkdown } from './marked-parse.js';
import { withTimeLimit, type StartParse } from './time-limit.js';
import { parseInWorker } from './worker-parse.js';

/** Above this, text is shown as a preformatted block and never parsed (memory, not time). */
export const MAX_MARKDOWN_CHARS = 2_000_000;
/** Above this, renderMarkdownAsync parses in a worker under MARKDOWN_TIME_LIMIT_MS. */
export const WORKER_MARKDOWN_CHARS = 100_000;
export const MARKDOWN_TIME_LIMIT_MS = 2_000;

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

/** The text as it is, in a <pre> whose textContent equals the markdown exactly. */
function plainHtml(markdown: string): string {
  const pre = document.createElement('pre');
  pre.textContent = markdown;
  // The HTML parser drops a newline right after <pre>; an extra one keeps the text's own.
  return markdown.startsWith('\n') ? pre.outerHTML.replace('<pre>', '<pre>\n') : pre.outerHTML;
}

/** Synchronous rendering, for text that is small by nature (notes, previews). */
export function renderMarkdown(markdown: string): string {
  if (markdown.length > MAX_MARKDOWN_CHARS) return plainHtml(markdown);
  return sanitizeForDisplay(parseMarkdown(markdown));
}

export interface RenderedMarkdown {
  html: string;
  /** True when the text is shown as it is (too large, too slow or unparseable), not as Markdown. */
  plain: boolean;
}

export interface RenderOptions {
  timeoutMs?: number;
  /** Where large texts are parsed; a worker unless a test injects a parser. */
  startParse?: StartParse;
}

/** Recent large results, so the reader and the anchors computed for the same text agree within a
 *  session even when a parse lands near the time limit. Two bodies: the one open and one edit. */
const recent = new Map<string, Promise<RenderedMarkdown>>();
const RECENT_LIMIT = 2;
/** Large parses run one at a time, so each gets the whole time limit to itself (a print of many
 *  large briefs would otherwise start them all at once and time them out on a busy CPU). */
let lane: Promise<unknown> = Promise.resolve();

/** Brief bodies: small ones on the spot, large ones in a worker that is stopped after timeoutMs,
 *  falling back to the plain text. Sanitizing stays here: DOMPurify needs the page's DOM. */
export function renderMarkdownAsync(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  if (markdown.length > MAX_MARKDOWN_CHARS) return Promise.resolve({ html: plainHtml(markdown), plain: true });
  if (markdown.length <= WORKER_MARKDOWN_CHARS) return Promise.resolve({ html: renderMarkdown(markdown), plain: false });
  const cached = recent.get(markdown);
  if (cached) return cached;
  const { timeoutMs = MARKDOWN_TIME_LIMIT_MS, startParse = parseInWorker } = options;
  const rendered = lane
    .then(() => withTimeLimit(startParse(markdown), timeoutMs))
    .then((outcome) => (outcome.ok ? { html: sanitizeForDisplay(outcome.html), plain: false } : { html: plainHtml(markdown), plain: true }));
  lane = rendered.catch(() => undefined);
  recent.set(markdown, rendered);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return rendered;
}

/** Parses sanitized HTML into an inert fragment (a <template> never runs scripts or loads images). */
export function toFragment(safeHtml: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = safeHtml;
  return template.content;
}

/** The text annotations and checklist items are anchored to: the textContent of exactly what the
 *  reader shows for this markdown (renderMarkdownAsync). */
export async function renderedText(markdown: string): Promise<string> {
  return toFragment((await renderMarkdownAsync(markdown)).html).textContent ?? '';
}
