// A Markdown file as the user wrote it: optional front matter, then the first `# ` heading as title.
import { parseDate } from './dates.js';
import { sameText, splitLines } from './lines.js';
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

function neutralizeInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/\[([^\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/g, (m, label: string, href: string) => (SAFE_LINK.test(href) ? m : label))
    .replace(/<(?=[A-Za-z!/?])/g, '&lt;');
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
