// How a brief's images are written as HTML. Only the internal scheme (domain/images) becomes an
// image: it is written with the stored image's id and no address at all (the view fills in a
// local object URL); any other image is left to marked, and the display sanitizer removes its
// address (its alt text shows, and the rendered text that notes are anchored to is unchanged). An
// image alone in its paragraph is a figure, its Markdown title the caption.
import type { MarkedExtension, Tokens } from 'marked';
import { imageIdOf } from '../domain/images/limits.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The id in an image token's address (marked leaves <…> and %-escapes as written). */
function idOf(href: string): string | null {
  let url = href.trim().replace(/^<(.*)>$/, '$1');
  try {
    url = decodeURI(url);
  } catch {
    return null;
  }
  return imageIdOf(url);
}

function imageHtml(id: string, alt: string): string {
  return `<img src="chancery-image:${escape(id)}" alt="${escape(alt)}">`;
}

/** A paragraph holding one image and nothing but white space around it. */
function loneImage(token: Tokens.Paragraph): Tokens.Image | null {
  const parts = token.tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  return parts.length === 1 && parts[0]!.type === 'image' ? (parts[0] as Tokens.Image) : null;
}

export const figures: MarkedExtension = {
  renderer: {
    image({ href, text }): string | false {
      const id = idOf(href);
      return id ? `<span class="brief-image">${imageHtml(id, text)}</span>` : false;
    },
    paragraph(token): string | false {
      const image = loneImage(token);
      const id = image ? idOf(image.href) : null;
      if (!image || !id) return false;
      const caption = image.title ? `<figcaption>${escape(image.title)}</figcaption>` : '';
      return `<figure class="brief-image">${imageHtml(id, image.text)}${caption}</figure>\n`;
    },
  },
};
