// Plain text (pasted, scraped, or a .txt file) → title, dek, byline, date and Markdown body.
import type { FieldOrigin, FieldOrigins } from '../types.js';
import { findPageByline, isDateLine, parseByline } from './byline.js';
import { shapeOf } from './article-span.js';
import { findHeadline } from './headline.js';
import { junkReason } from './cleanup.js';
import { findSource } from './source.js';
import { countWords, endsLikeSentence, isProse, isTableRow, isTitleCase, sameText, sentences, splitLines } from './lines.js';
import { toGfmTable } from './tables.js';

export interface StructuredText {
  title: string;
  subtitle: string;
  byline: string;
  publishedAt: string | null;
  /** The source the text names (a copyright owner, an outlet), and a URL given on its own line. */
  sourceName: string;
  url: string;
  markdown: string;
  /** Which of the fields above were read from the text as such and which were inferred. */
  origins: FieldOrigins;
}

type Origin = FieldOrigin;

export { parseByline };

/** The title, dek, byline and date are looked for among the first lines only. */
const HEADER_LINES = 12;

const BULLET = /^(?:[-*•·▪◦‣–—]|\d{1,3}[.)])\s+/u;
const CRUMB_SEPARATORS = /\s+[»>›/|→]\s+/;
/** "home Mexico, USA Actual title": a lower-case nav crumb, then comma-separated section labels. */
const COMMA_CRUMBS = /^home\s+(?:\p{Lu}[\p{L}.]*,\s+)+\p{Lu}[\p{L}.]*\s+(?=\p{Lu}|\d)/u;

interface Entry {
  index: number;
  text: string;
}

/** Strips a breadcrumb trail that a scraper glued to the front of the title. */
export function stripBreadcrumb(line: string, nextLines: string[] = []): string {
  const text = line.trim();
  if (!/^(home|inicio)\b/i.test(text)) return text;
  // The page often repeats the bare title just below: that settles where the crumbs end.
  const repeat = nextLines.find((l) => countWords(l) >= 4 && l.length < text.length && text.endsWith(l.trim()));
  if (repeat) return repeat.trim();
  if (CRUMB_SEPARATORS.test(text)) return text.split(CRUMB_SEPARATORS).pop()!.trim();
  const commas = COMMA_CRUMBS.exec(text);
  if (commas) return text.slice(commas[0].length).trim();
  return text.replace(/^(home|inicio)\b\s*/i, '');
}

function isTitleLike(text: string): boolean {
  const n = countWords(text);
  return (
    n >= 2 && n <= 25 && !/[.,;:([–—-]$/u.test(text) && !BULLET.test(text) && !isTableRow(text) && !parseByline(text) && junkReason(text) === null
  );
}

/** Words before which a headline can stop without leaving a dangling phrase. */
const PHRASE_BREAKS = new Set(['with', 'on', 'in', 'at', 'for', 'after', 'before', 'during', 'amid', 'as', 'to', 'from', 'by', 'con', 'en', 'para', 'tras', 'ante', 'durante']);
const MAX_TITLE_WORDS = 12;

/**
 * A short title from the lede when the text has none: its first clause when that is headline
 * length, else the clause cut before a preposition ("X held a meeting | with Y on Friday"),
 * else its first words with an ellipsis.
 */
export function titleFromLede(lede: string): string {
  const sentence = sentences(lede)[0] ?? lede;
  const clause = sentence.split(/[,;:—–]\s|\s[-–—]\s/)[0]!.replace(/[.!?]+$/, '').trim();
  const words = clause.split(/\s+/);
  if (words.length >= 4 && words.length <= MAX_TITLE_WORDS) return clause;
  for (let cut = Math.min(words.length, MAX_TITLE_WORDS + 1) - 1; cut >= 4; cut--) {
    if (PHRASE_BREAKS.has(words[cut]!.toLowerCase())) return words.slice(0, cut).join(' ');
  }
  return `${words.slice(0, MAX_TITLE_WORDS).join(' ').replace(/[,;:]+$/, '')}…`;
}

interface Header {
  title: string;
  titleOrigin: Origin;
  subtitle: string;
  byline: string;
  bylineOrigin: Origin;
  publishedAt: string | null;
  consumed: Set<number>;
}

/** A trail such as "home World Headline" on the first line that ends in the page's headline. */
function crumbedTitleFirst(entries: Entry[], pageTitle: number): boolean {
  const first = entries[0]?.text ?? '';
  if (!/^(home|inicio)\s/i.test(first)) return false;
  return pageTitle < 0 || sameText(stripBreadcrumb(first, entries.slice(1, 4).map((e) => e.text)), entries[pageTitle]!.text);
}

/** Most lines between a headline and its byline: buttons, labels, a standfirst. */
const BYLINE_REACH = 30;

/** The lines under a page's headline down to its first paragraph of prose (and the one after it). */
function bylineWindow(entries: Entry[], title: number): Entry[] {
  const end = Math.min(entries.length, title + 1 + BYLINE_REACH);
  let stop = end;
  for (let i = title + 1; i < end; i++) {
    if (shapeOf(entries[i]!.text) === 'prose') {
      stop = Math.min(end, i + 2);
      break;
    }
  }
  return entries.slice(title + 1, Math.max(stop, Math.min(end, title + HEADER_LINES)));
}

function readHeader(entries: Entry[]): Header {
  const headline = findHeadline(entries.map((e) => e.text));
  const pageTitle = crumbedTitleFirst(entries, headline?.at ?? -1) ? -1 : (headline?.at ?? -1);
  // Whatever precedes a page's headline is left in the body for clean-up to judge.
  const head = entries.slice(Math.max(0, pageTitle), Math.max(0, pageTitle) + HEADER_LINES);
  const consumed = new Set<number>();
  let byline = '';
  let bylineOrigin: Origin = 'found';
  let publishedAt: string | null = null;
  let titleAt = -1;
  let title = '';
  // A title line the text itself marks as one (a byline under it, a second copy) is found; a
  // line taken only for its shape and place is a guess.
  let titleOrigin: Origin = 'found';

  // A page's byline is read by the page rules below: they keep a job title out of the name.
  const bylineAt = pageTitle >= 0 ? -1 : head.findIndex((e) => parseByline(e.text));
  if (bylineAt >= 0) {
    const parsed = parseByline(head[bylineAt]!.text)!;
    byline = parsed.byline;
    publishedAt = parsed.publishedAt;
    consumed.add(head[bylineAt]!.index);
  } else if (pageTitle >= 0) {
    // A page's byline sits under its headline, often with more than a name on its line, and
    // sometimes below rows of buttons: it is looked for down to the article's first paragraph.
    const below = bylineWindow(entries, pageTitle);
    const found = findPageByline(below.map((e) => e.text));
    if (found) {
      byline = found.byline;
      bylineOrigin = found.labelled ? 'found' : 'guessed';
      publishedAt = found.publishedAt;
      if (found.whole) consumed.add(below[found.at]!.index);
    }
  }
  const first = head[0];
  if (pageTitle >= 0) {
    titleAt = 0;
    title = headline!.text;
    // Confirmed by what surrounds it, or the text's very first line: the author put it there.
    titleOrigin = headline!.confirmed || headline!.at === 0 ? 'found' : 'guessed';
  } else if (first && /^(home|inicio)\s/i.test(first.text)) {
    titleAt = 0;
    title = stripBreadcrumb(first.text, head.slice(1, 4).map((e) => e.text));
  } else if (bylineAt === 2 && isTitleLike(first!.text)) {
    titleAt = 0; // title, dek, byline
  } else if (bylineAt > 0 && isTitleLike(head[bylineAt - 1]!.text)) {
    titleAt = bylineAt - 1; // whatever precedes the title (captions, labels) stays in the body
  } else if (first && isTitleLike(first.text) && entries.length > 1) {
    titleAt = 0;
    titleOrigin = bylineAt >= 0 ? 'found' : 'guessed';
  }
  if (titleAt >= 0) {
    title ||= head[titleAt]!.text.trim();
    consumed.add(head[titleAt]!.index);
  }

  for (const e of head) {
    if (consumed.has(e.index) || publishedAt) continue;
    const iso = isDateLine(e.text);
    if (iso) {
      publishedAt = iso;
      consumed.add(e.index);
    }
  }

  // The dek: the first line after the title that is neither byline, date nor a repeat of the
  // title, when it reads like a standfirst (several words, no closing full stop).
  let subtitle = '';
  if (titleAt >= 0) {
    const next = head.slice(titleAt + 1).find((e) => !consumed.has(e.index) && !sameText(e.text, title) && junkReason(e.text) === null);
    if (next && countWords(next.text) >= 4 && !endsLikeSentence(next.text) && isTitleLike(next.text)) {
      subtitle = next.text.trim();
      consumed.add(next.index);
    }
  }
  return { title, titleOrigin, subtitle, byline, bylineOrigin, publishedAt, consumed };
}

/** Escapes what Markdown would otherwise read as syntax in plain prose. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<]/g, '\\$&')
    .replace(/^(#{1,6}\s|>|[-+=]{3,}\s*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)]\s)/, '$1\\$2');
}

/** Running text: a sentence, a lead-in ending in a colon, or simply long. */
function isParagraph(text: string): boolean {
  const n = countWords(text);
  return n >= 8 && (endsLikeSentence(text) || text.endsWith(':') || n >= 20);
}

function headingLevel(text: string, next: Entry | undefined): 2 | 3 | null {
  const n = countWords(text);
  if (n === 0 || n > 15 || !/^[\p{Lu}\p{N}"“¿¡]/u.test(text)) return null;
  if (text.endsWith(':')) return n <= 8 && isTitleCase(text) ? 3 : null;
  if (!/[\p{L}\p{N}"”’)]$/u.test(text) || /[.!?,;…]["'”’)]*$/u.test(text)) return null;
  if (!next) return null;
  const followedByBody = isParagraph(next.text) || BULLET.test(next.text) || isTableRow(next.text);
  return followedByBody && (n <= 8 || isTitleCase(text)) ? 2 : null;
}

function renderBody(entries: Entry[]): string {
  const blocks: string[][] = [];
  let list: string[] | null = null;
  for (let i = 0; i < entries.length; i++) {
    const text = entries[i]!.text.trim();
    if (isTableRow(text)) {
      const rows = [text];
      while (i + 1 < entries.length && isTableRow(entries[i + 1]!.text)) rows.push(entries[++i]!.text);
      blocks.push(toGfmTable(rows));
      list = null;
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      const numbered = /\d/.test(bullet[0]);
      const item = `${numbered ? `${bullet[0].replace(/\D/g, '')}.` : '-'} ${escapeMarkdown(text.slice(bullet[0].length))}`;
      if (list) list.push(item);
      else blocks.push((list = [item]));
      continue;
    }
    list = null;
    const level = headingLevel(text, entries[i + 1]);
    const content = level === 3 ? text.slice(0, -1) : text;
    blocks.push([level ? `${'#'.repeat(level)} ${escapeMarkdown(content)}` : escapeMarkdown(content)]);
  }
  return blocks.map((b) => b.join('\n')).join('\n\n');
}

/** Infers the structure of plain text and writes it as Markdown. */
export function structurePlainText(text: string): StructuredText {
  const entries: Entry[] = splitLines(text)
    .map((line, index) => ({ index, text: line.trim() }))
    .filter((e) => e.text !== '');
  const header = readHeader(entries);
  const body = entries.filter((e) => !header.consumed.has(e.index));
  const lede = body.find((e) => isProse(e.text, 8))?.text ?? body[0]?.text ?? '';
  const source = findSource(entries.map((e) => e.text));
  const title = header.title || (lede ? titleFromLede(lede) : '');
  const origins: FieldOrigins = {};
  if (title) origins.title = header.title ? header.titleOrigin : 'guessed';
  if (header.byline) origins.byline = header.bylineOrigin;
  if (header.publishedAt) origins.publishedAt = 'found';
  if (source.name) origins.source = 'found';
  if (source.url) origins.url = 'found';
  return {
    origins,
    sourceName: source.name,
    url: source.url,
    title,
    subtitle: header.subtitle,
    byline: header.byline,
    publishedAt: header.publishedAt,
    markdown: renderBody(body),
  };
}
