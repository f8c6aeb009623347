// A cheap look at HTML before it is parsed into a DOM: a page nested deeper than any article, or
// with more elements than any article, makes the DOM steps (Readability, the sanitizer, Turndown)
// slow, so its text is taken without a DOM instead, in one linear pass, and imported as plain text.

/** Browsers' own parsers stop nesting at 512 levels; no article comes near. */
export const MAX_HTML_DEPTH = 512;
/** Long real pages (an encyclopedia article with its references) hold about 10,000 elements. */
export const MAX_HTML_ELEMENTS = 15_000;

export type HtmlUnformattable = 'html-too-deep' | 'html-too-large';

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** The open elements an element of these kinds ends, as browsers' parsers do (`<li>a<li>b` are siblings). */
const ENDS: Record<string, readonly string[]> = {
  li: ['li'],
  p: ['p'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
/** Elements whose content is never markup. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript template plaintext'.split(' '));
const BLOCK = new Set('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul'.split(' '));
const TAG_NAME = /^<(\/?)([a-zA-Z][\w:-]*)/;

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * Walks the tags of some HTML in one pass, calling `onText` with the text between them (comments
 * and the content of raw-text elements are skipped). Every search moves forward only, and a search
 * that finds nothing ends the walk, so the pass is linear in the length of the HTML.
 */
function walkTags(html: string, onTag: (tag: Tag) => void, onText: (text: string) => void = () => undefined): void {
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    onText(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return;
      at = end + 3;
      continue;
    }
    const match = TAG_NAME.exec(html.slice(lt, lt + 100));
    const gt = match ? html.indexOf('>', lt) : -1;
    if (!match || gt < 0) {
      // A "<" that opens no tag is text.
      onText('<');
      at = lt + 1;
      if (match) break; // no ">" anywhere after: the rest is text
      continue;
    }
    const name = match[2]!.toLowerCase();
    const closing = match[1] === '/';
    onTag({ name, closing, selfClosing: html[gt - 1] === '/' });
    at = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      if (end < 0) return;
      at = end;
    }
  }
  onText(html.slice(at));
}

/** Why the HTML should not be parsed into a DOM, or null when it can be. */
export function whyHtmlUnformattable(html: string): HtmlUnformattable | null {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let elements = 0;
  let deepest = 0;
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
  };
  walkTags(html, ({ name, closing, selfClosing }) => {
    if (closing) {
      // Closes the innermost open element of its name and everything opened inside it; a stray end tag is ignored.
      if ((openCount.get(name) ?? 0) > 0) while (open.at(-1) !== name) pop();
      if ((openCount.get(name) ?? 0) > 0) pop();
      return;
    }
    elements++;
    if (VOID.has(name) || selfClosing) return;
    while (ENDS[name]?.includes(open.at(-1) ?? '')) pop();
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  });
  if (deepest > MAX_HTML_DEPTH) return 'html-too-deep';
  if (elements > MAX_HTML_ELEMENTS) return 'html-too-large';
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (entity: string, body: string) => {
    const lowered = body.toLowerCase();
    if (lowered.startsWith('#')) {
      const code = lowered.startsWith('#x') ? parseInt(lowered.slice(2), 16) : parseInt(lowered.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[lowered] ?? entity;
  });
}

/** The words of some HTML without a DOM: tags dropped, block ends as line breaks, entities decoded. */
export function htmlAsText(html: string): string {
  const parts: string[] = [];
  walkTags(
    html,
    ({ name }) => {
      if (BLOCK.has(name)) parts.push('\n');
    },
    (text) => parts.push(text),
  );
  return decodeEntities(parts.join(''))
    .replace(/[ \t\r\f]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
