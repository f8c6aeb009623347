// A Markdown file as the user wrote it: optional front matter, then the first `# ` heading as title.
import { parseDate } from './dates.js';
import { forwardFinder, sameText, splitLines } from './lines.js';
import { parseByline } from './structure.js';

export interface MarkdownSource {
  title: string;
  byline: string;
  publishedAt: string | null;
  sourceName: string;
  url: string;
  markdown: string;
}

/** `key: value` pairs of a YAML front-matter block; nested YAML is ignored, not interpreted. */
export function parseFrontMatter(lines: string[]): { fields: Record<string, string>; bodyStart: number } {
  if (lines[0]?.trim() !== '---') return { fields: {}, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, bodyStart: end + 1 };
}

const SAFE_URL = /^https?:\/\/\S+$/i;
const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Replaces each `opener … ]tail` span, where the label runs to the first "]" (as `[^\]]*` does) and
 * `tail(close)` says where a valid tail after that "]" ends (-1 for none). Every "]" is judged
 * once: when its tail fails, every opener before it fails too, which is what makes a regular
 * expression retry them all (quadratic on a line of "[" with no "]").
 */
function replaceBracketed(text: string, opener: string, tail: (close: number) => number, replace: (label: string, whole: string) => string): string {
  let out = '';
  let kept = 0;
  let from = 0;
  for (let close = text.indexOf(']'); close >= 0; close = text.indexOf(']', close + 1)) {
    const start = text.indexOf(opener, from);
    if (start < 0) break;
    if (start + opener.length > close) continue;
    const end = tail(close);
    from = close + 1;
    if (end < 0) continue;
    out += text.slice(kept, start) + replace(text.slice(start + opener.length, close), text.slice(start, end));
    kept = from = end;
    close = end - 1;
  }
  return out + text.slice(kept);
}

// A link's destination and optional title after its "]"; titles are capped so no tail scans far.
const LINK_TAIL = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+"[^"\n]{0,1000}")?\s*\)/y;

function neutralizeInline(text: string): string {
  const nextParen = forwardFinder(text, (i) => text[i] === ')');
  const nextBracket = forwardFinder(text, (i) => text[i] === ']');
  const afterImage = (close: number) => {
    const next = text[close + 1] === '(' ? nextParen(close + 2) : text[close + 1] === '[' ? nextBracket(close + 2) : -1;
    return next < 0 ? -1 : next + 1;
  };
  const withoutImages = replaceBracketed(text, '![', afterImage, (alt) => alt);
  const afterLink = (close: number) => {
    LINK_TAIL.lastIndex = close;
    const m = LINK_TAIL.exec(withoutImages);
    return m ? close + m[0].length : -1;
  };
  const links = replaceBracketed(withoutImages, '[', afterLink, (label, whole) => {
    const href = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/.exec(whole.slice(label.length + 1))?.[1] ?? '';
    return SAFE_LINK.test(href) ? whole : label;
  });
  return links.replace(/<(?=[A-Za-z!/?])/g, '&lt;');
}

/**
 * Markdown may carry raw HTML and images: images become their alt text (nothing remote is
 * loaded), links other than http(s)/mailto/# lose their target, and tags show as text.
 * Code spans and fenced blocks are left as written.
 */
export function neutralizeMarkdown(markdown: string): string {
  let inFence = false;
  return splitLines(markdown)
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      else if (!inFence) return line.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 ? part : neutralizeInline(part))).join('');
      return line;
    })
    .join('\n');
}

export function readMarkdownSource(text: string): MarkdownSource {
  const lines = splitLines(text);
  const { fields, bodyStart } = parseFrontMatter(lines);
  const body = lines.slice(bodyStart);
  let title = fields.title ?? '';
  const headingAt = body.findIndex((l) => /^#\s+\S/.test(l));
  // Only a heading before any other text is the document's title; later ones are sections.
  const beforeHeading = headingAt >= 0 ? body.slice(0, headingAt).every((l) => l.trim() === '') : false;
  const heading = beforeHeading ? body[headingAt]!.replace(/^#\s+/, '').replace(/\s+#+\s*$/, '').trim() : '';
  // The heading is the title unless the front matter names a different one.
  if (heading && (!title || sameText(title, heading))) {
    title = heading;
    body.splice(headingAt, 1);
  }
  let byline = fields.author ?? fields.byline ?? '';
  let publishedAt = parseDate(fields.date ?? fields.published ?? '');
  const firstText = body.findIndex((l) => l.trim() !== '');
  const parsed = firstText >= 0 ? parseByline(body[firstText]!) : null;
  if (parsed) {
    byline ||= parsed.byline;
    publishedAt ??= parsed.publishedAt;
    body.splice(firstText, 1);
  }
  const url = [fields.url, fields.source, fields.canonical].find((u) => u && SAFE_URL.test(u)) ?? '';
  const sourceName = fields.source && !SAFE_URL.test(fields.source) ? fields.source : (fields.publication ?? fields.site ?? '');
  return { title, byline, publishedAt, sourceName, url, markdown: neutralizeMarkdown(body.join('\n').trim()) };
}
