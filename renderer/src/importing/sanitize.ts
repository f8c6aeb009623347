// The one sanitizer for imported HTML. It runs in the import worker, in the inert DOM of
// html-dom.ts: output is a fragment of a document that is never the live page, so nothing in it
// can load or run.
import DOMPurify, { type Config } from 'dompurify';
import { imageIdOf, imageRef, LEFT_OUT, NOT_INCLUDED } from '../domain/images/limits.js';
import { LOCAL_REFERENCE } from '../domain/images/local-pictures.js';
import { windowForPurifier } from './html-dom.js';
import type { ImageCollector } from './image-collector.js';

export const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's',
  'del', 'ins', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure', 'figcaption', 'hr', 'sup', 'sub', 'dl',
  'dt', 'dd', 'span', 'div', 'section', 'article', 'header', 'main', 'abbr', 'q', 'cite', 'time', 'mark', 'small', 'img',
];

export const ALLOWED_ATTRIBUTES = ['href', 'title', 'colspan', 'rowspan', 'datetime', 'align', 'src', 'alt'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
  // Only absolute web and mail links survive; relative ones would point into the app itself.
  // Images keep a web address only as a reference that is never fetched (see imageSource).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|chancery-image:)/i,
  ALLOW_DATA_ATTR: false,
  // Page furniture whose text is never article text.
  ADD_FORBID_CONTENTS: ['form', 'nav', 'aside', 'button', 'select', 'textarea', 'input', 'iframe', 'noscript', 'svg', 'math', 'video', 'audio', 'object', 'embed', 'canvas', 'dialog'],
  RETURN_DOM_FRAGMENT: true,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;
/** Where the images of the document being sanitized go (sanitizing is synchronous). */
let collector: ImageCollector | null = null;

/**
 * What an image's src becomes: the internal reference of an image taken from the file (a data:
 * URI, one the Word reader already took, or a relative path to a picture picked with the page);
 * LEFT_OUT for one that was in the file but refused; NOT_INCLUDED for any other (a remote address
 * is never fetched nor kept). Where no image is, its alt text stands in with a note; null when
 * there is no alt text to show.
 */
function imageSource(src: string, alt: string, title: string): string | null {
  const local = src.startsWith(LOCAL_REFERENCE) ? src.slice(LOCAL_REFERENCE.length) : null;
  const id = /^data:/i.test(src) ? collector?.addDataUri(src, alt) : local !== null ? collector?.addLocal(local, alt) : imageIdOf(src);
  if (id && collector?.has(id)) return imageRef(id);
  if (!alt && !title) return null;
  return imageRef(id && collector?.wasRefused(id) ? LEFT_OUT : NOT_INCLUDED);
}

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(windowForPurifier() as Window & typeof globalThis);
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img' || !('getAttribute' in node)) return;
    const img = node as Element;
    const alt = img.getAttribute('alt')?.trim() ?? '';
    const src = imageSource((img.getAttribute('src') ?? '').trim(), alt, img.getAttribute('title')?.trim() ?? '');
    if (src) img.setAttribute('src', src);
    else img.removeAttribute('src');
  });
  purifier = p;
  return p;
}

/** A figure's caption becomes its image's title, so the Markdown carries image and caption together. */
function captionsToTitles(fragment: DocumentFragment): void {
  for (const figure of Array.from(fragment.querySelectorAll('figure'))) {
    const images = figure.querySelectorAll('img');
    const caption = figure.querySelector('figcaption');
    if (images.length !== 1 || !caption) continue;
    const img = images[0]!;
    const text = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A caption that repeats the alt text would be read twice.
    if (text.toLowerCase() !== (img.getAttribute('alt') ?? '').trim().toLowerCase()) img.setAttribute('title', text);
    if (!img.hasAttribute('src')) img.setAttribute('src', imageRef(NOT_INCLUDED));
    caption.remove();
  }
}

export function sanitizeHtml(html: string, images?: ImageCollector): DocumentFragment {
  collector = images ?? null;
  try {
    const fragment = instance().sanitize(html, CONFIG);
    captionsToTitles(fragment);
    return fragment;
  } finally {
    collector = null;
  }
}
