// Markdown → sanitized HTML, the one path every brief body and note takes before display or print.
// Every text is parsed in a worker under a time limit, whatever its size: marked is linear on
// normal input, but pathological nesting keeps it busy for many seconds or overflows its stack.
// Text that fails the cheap pre-check (complexity.ts) is never parsed and is shown as it is.
import DOMPurify from 'dompurify';
import { imageIdOf } from '../domain/images/limits.js';
import { MAX_MARKDOWN_CHARS, whyUnformattable } from '../domain/text/complexity.js';
import { parseMarkdownChunks } from './marked-parse.js';
import { withTimeLimit, type StartParse } from './time-limit.js';
import { parseInWorker } from './worker-parse.js';
import { nextTask } from './next-task.js';

export { MAX_MARKDOWN_CHARS };
/** Generous: pathological shapes are routed to plain text before parsing; this only bounds what
 *  slips past that check (marked is superlinear on some inline shapes) on a busy machine. */
export const MARKDOWN_TIME_LIMIT_MS = 5_000;

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
  // A stored image's reference survives (the default URI check knows no such scheme)...
  p.addHook('uponSanitizeAttribute', (node, data) => {
    if (node.tagName === 'IMG' && data.attrName === 'src' && imageIdOf(data.attrValue)) data.forceKeepAttr = true;
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    // Nothing remote is ever loaded: images keep their alt text, never their URL. A stored
    // image's id moves out of src (the view sets a local object URL; see ui/images).
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      const id = imageIdOf(src);
      if (id) node.setAttribute('data-image', id);
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


const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Escaped a piece per task, so megabytes of text never hold the main thread in one go. */
const PLAIN_PIECE = 256 * 1024;

/** The text as it is, in a <pre> whose textContent equals the markdown exactly. */
async function plainHtml(markdown: string): Promise<string> {
  const pieces: string[] = [];
  for (let at = 0; at < markdown.length; at += PLAIN_PIECE) {
    if (at > 0) await nextTask();
    pieces.push(markdown.slice(at, at + PLAIN_PIECE).replace(/[&<>]/g, (c) => ESCAPES[c]!));
  }
  // The HTML parser drops a newline right after <pre>; an extra one keeps the text's own.
  return `<pre>${markdown.startsWith('\n') ? '\n' : ''}${pieces.join('')}</pre>`;
}

export interface RenderedMarkdown {
  /** Sanitized HTML: chunks.join(''). */
  html: string;
  /** The same HTML in pieces of whole blocks, each sanitized in a task of its own. */
  chunks: string[];
  /** True when the text is shown as it is (too large, too slow or unparseable), not as Markdown. */
  plain: boolean;
}

export interface RenderOptions {
  timeoutMs?: number;
  /** Where text is parsed; the Markdown worker unless a test injects a parser. */
  startParse?: StartParse;
}

/** Where there are no workers (Node, for the unit tests) marked runs in-process. */
const parseHere: StartParse = (markdown) => ({ result: Promise.resolve().then(() => parseMarkdownChunks(markdown)), cancel: () => undefined });

/** Recent results, so the reader and the anchors computed for the same text agree within a
 *  session even when a parse lands near the time limit, and notes are not parsed on every render. */
const recent = new Map<string, Promise<RenderedMarkdown>>();
const RECENT_LIMIT = 64;
const RECENT_CHARS = 4_000_000;
let recentChars = 0;
/** Parses run one at a time, so each gets the whole time limit to itself (a print of many
 *  large briefs would otherwise start them all at once and time them out on a busy CPU). */
let lane: Promise<unknown> = Promise.resolve();

function remember(markdown: string, rendered: Promise<RenderedMarkdown>): void {
  recent.set(markdown, rendered);
  recentChars += markdown.length;
  while (recent.size > RECENT_LIMIT || (recentChars > RECENT_CHARS && recent.size > 1)) {
    const oldest = recent.keys().next().value!;
    recent.delete(oldest);
    recentChars -= oldest.length;
  }
}

async function sanitizeChunks(chunks: string[]): Promise<string[]> {
  const safe: string[] = [];
  for (const [i, chunk] of chunks.entries()) {
    if (i > 0) await nextTask();
    safe.push(sanitizeForDisplay(chunk));
  }
  return safe;
}

async function plainRendering(markdown: string): Promise<RenderedMarkdown> {
  const html = await plainHtml(markdown);
  return { html, chunks: [html], plain: true };
}

/** Bodies and notes: parsed in a worker that is stopped after timeoutMs, falling back to the
 *  plain text. Sanitizing stays here, a chunk per task: DOMPurify needs the page's DOM. */
export function renderMarkdownAsync(markdown: string, options: RenderOptions = {}): Promise<RenderedMarkdown> {
  if (whyUnformattable(markdown)) return plainRendering(markdown);
  const cached = recent.get(markdown);
  if (cached) return cached;
  const { timeoutMs = MARKDOWN_TIME_LIMIT_MS, startParse = typeof Worker === 'undefined' ? parseHere : parseInWorker } = options;
  const rendered = lane
    .then(() => withTimeLimit(startParse(markdown), timeoutMs))
    .then(async (outcome): Promise<RenderedMarkdown> => {
      if (!outcome.ok) return plainRendering(markdown);
      const chunks = await sanitizeChunks(outcome.value);
      return { html: chunks.join(''), chunks, plain: false };
    });
  lane = rendered.catch(() => undefined);
  remember(markdown, rendered);
  return rendered;
}

/** Parses sanitized HTML into an inert fragment (a <template> never runs scripts or loads images). */
export function toFragment(safeHtml: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = safeHtml;
  return template.content;
}

/** The text annotations and checklist items are anchored to: the textContent of exactly what the
 *  reader shows for this markdown (renderMarkdownAsync), read a chunk per task. */
export async function renderedText(markdown: string): Promise<string> {
  if (whyUnformattable(markdown)) return markdown;
  const rendered = await renderMarkdownAsync(markdown);
  // A <pre>'s textContent is the markdown itself (plainHtml): no need to build and read it.
  if (rendered.plain) return markdown;
  let text = '';
  for (const [i, chunk] of rendered.chunks.entries()) {
    if (i > 0) await nextTask();
    text += toFragment(chunk).textContent ?? '';
  }
  return text;
}
