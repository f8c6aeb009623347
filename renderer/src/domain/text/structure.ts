// Plain text (pasted, scraped, or a .txt file) → title, dek, byline, date and Markdown body.
import { articleSpan, isCommentsHeading, shapeOf, wordWeight } from './article-span.js';
import { findPageByline } from './byline.js';
import { junkReason } from './cleanup.js';
import { findSource } from './source.js';
import { findDate } from './dates.js';
import { comparable, countWords, endsLikeSentence, isProse, isTableRow, isTitleCase, sameText, sentences, splitLines } from './lines.js';
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
}

/** The title, dek, byline and date are looked for among the first lines only. */
const HEADER_LINES = 12;

const BULLET = /^(?:[-*•·▪◦‣–—]|\d{1,3}[.)])\s+/u;
// No /i flag: with it \p{Lu} would also match lower case, and "By reinforcing…" is prose.
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR|[Ww]ritten by|[Ee]scrito por)\s+(\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and|y|&|\p{Lu}[\p{L}'’.-]*))*)\s*(?:[|·,—–-]\s*(.*))?$/u;
const CRUMB_SEPARATORS = /\s+[»>›/|→]\s+/;
/** "home Mexico, USA Actual title": a lower-case nav crumb, then comma-separated section labels. */
const COMMA_CRUMBS = /^home\s+(?:\p{Lu}[\p{L}.]*,\s+)+\p{Lu}[\p{L}.]*\s+(?=\p{Lu}|\d)/u;

interface Entry {
  index: number;
  text: string;
}

export interface Byline {
  byline: string;
  publishedAt: string | null;
}

/** "By Jane Roe | June 3, 2024" → name and date; null when the line is not a byline. */
export function parseByline(line: string): Byline | null {
  const text = line.trim().replace(/^[*_]+|[*_]+$/g, '');
  const m = BYLINE.exec(text);
  if (!m || countWords(m[1]!) > 8) return null;
  const rest = m[2] ?? '';
  // "By Monday, the Senate had…" is a sentence, not a name and an outlet or date.
  if (countWords(rest) > 8 || endsLikeSentence(rest)) return null;
  const name = m[1]!.replace(/[\s,]+$/, '');
  return { byline: name, publishedAt: rest ? (findDate(rest)?.iso ?? null) : null };
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

/** A dateline: little besides the date, or a date opening a line of stamps ("Dec. 6, 2024, 10:00 PM / Updated …"). */
function isDateLine(text: string): string | null {
  const date = findDate(text);
  if (!date) return null;
  if (countWords(text) <= countWords(date.text) + 4) return date.iso;
  const before = countWords(text.slice(0, text.indexOf(date.text)));
  return before <= 3 && countWords(text) <= 20 && shapeOf(text) !== 'prose' ? date.iso : null;
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
  subtitle: string;
  byline: string;
  publishedAt: string | null;
  consumed: Set<number>;
}

/** How far above the article's first paragraph the headline is looked for. */
const TITLE_WINDOW = 15;

/**
 * The last crumb of a trail such as "News › Energy › North America › Headline": a trail has
 * at least two separators of one kind, and the headline is its longest part when that is last.
 */
export function lastCrumb(text: string): string {
  for (const sep of ['›', '»', '>', '/', '|', '→']) {
    const parts = text.split(` ${sep} `).map((p) => p.trim());
    if (parts.length < 3) continue;
    const last = parts[parts.length - 1]!;
    if (parts.every((p) => p.length <= last.length)) return last;
  }
  return text;
}

/** Author and date lines, in English, Spanish, French and German, are never the headline. */
const CREDIT_LINE = /^(?:by|from|por|de|par|von|posted|published|updated|written|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert)\b/i;
/** Photo captions and credits sit near the headline and read like one. */
const CAPTION_CUE = /\b(?:photo|foto|image|imagen|bild|caption|credit|cr[ée]dit|getty|reuters|afp|ap photo|epa|quelle|fuente|source)\b|\(|\)$/i;
const TIME = /\b\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr)?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;

/** Mostly letters: not a timestamp, a counter or a code. */
function mostlyLetters(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  return (chars.match(/\p{L}/gu)?.length ?? 0) >= 0.6 * chars.length;
}

/** Words of page controls in English, Spanish, French and German: a short line with one is a button. */
const CONTROL_WORD =
  /\b(?:share|print|sign|log|login|subscribe|follow|menu|search|comments?|email|tweet|reblog|compartir|imprimir|suscr[ií]b\w*|seguir|buscar|partager|imprimer|connecter|abonne\w*|suivre|rechercher|teilen|drucken|anmelden|abonnieren|folgen|suche)\b/i;

/** A label that runs on into the next line ("Supported by", "Photo by", "Publicado en") is not a headline. */
const DANGLING = /\s(?:by|of|the|a|an|to|and|de|del|en|por|y|par|le|la|et|von|der|die|das|und)$/i;

function headlineCandidate(text: string): boolean {
  const n = wordWeight(text);
  if (n < 2 || n > 30 || /[.,;:([–—-]$/u.test(text) || BULLET.test(text) || isTableRow(text) || !mostlyLetters(text)) return false;
  if ((n <= 4 && CONTROL_WORD.test(text)) || (text.match(/,/g)?.length ?? 0) >= 3 || DANGLING.test(text)) return false;
  // A question or exclamation reads like prose but is a common headline; a statement with a full stop is not.
  const sentence = shapeOf(text) === 'prose' && !(n <= 20 && /[?!]["'”’»)]*$/u.test(text));
  return !(CREDIT_LINE.test(text) || parseByline(text) || isDateLine(text) || junkReason(text) !== null || isCommentsHeading(text) || sentence);
}

/**
 * Scores a line as the page's headline: headline length, Title Case, a longer standfirst or a
 * byline or date right below it, repetition of it elsewhere near the top (as a headline and a
 * labelled copy), and closeness to where the article's prose begins.
 */
function headlineScore(entries: Entry[], i: number, proseAt: number, window: string[]): number {
  const text = lastCrumb(entries[i]!.text);
  if (!headlineCandidate(text)) return -Infinity;
  const n = wordWeight(text);
  const below = entries.slice(i + 1, i + 6).map((e) => e.text);
  const introduces = below.some((l) => parseByline(l) || CREDIT_LINE.test(l) || isDateLine(l)) || findPageByline(below) ? 5 : 0;
  const next = below[0];
  // A section label above a headline is short; a headline above its standfirst is not.
  const standfirst = n >= 4 && next && headlineCandidate(next) && wordWeight(next) >= n && !endsLikeSentence(next) ? 3 : 0;
  const key = comparable(text);
  const repeated = n >= 3 && window.some((l) => l !== key && l.includes(key)) ? 4 : 0;
  const penalties = (CAPTION_CUE.test(text) ? 6 : 0) + (TIME.test(text) || findDate(text) ? 4 : 0);
  // Buttons and labels between the headline and the prose cost little; captions and teasers more.
  const between = entries.slice(i + 1, proseAt).reduce((d, e) => d + (wordWeight(e.text) > 4 ? 0.4 : 0.1), 0);
  return Math.min(n, 14) + (isTitleCase(text) ? 2 : 0) + introduces + standfirst + repeated - penalties - between;
}

/** On a copied page: the best headline among the lines just above the densest run of prose. */
function pageTitleAt(entries: Entry[]): number {
  const span = articleSpan(entries.map((e) => ({ text: e.text, shape: shapeOf(e.text) })));
  if (!span || span.start === 0) return -1;
  let best = -1;
  let bestScore = 4; // a headline of a few words, or a shorter one with its byline below
  const from = Math.max(0, span.start - TITLE_WINDOW);
  const window = entries.slice(from, span.start).map((e) => comparable(e.text));
  for (let i = from; i < span.start; i++) {
    const score = headlineScore(entries, i, span.start, window);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** A trail such as "home World Headline" on the first line that ends in the page's headline. */
function crumbedTitleFirst(entries: Entry[], pageTitle: number): boolean {
  const first = entries[0]?.text ?? '';
  if (!/^(home|inicio)\s/i.test(first)) return false;
  return pageTitle < 0 || sameText(stripBreadcrumb(first, entries.slice(1, 4).map((e) => e.text)), entries[pageTitle]!.text);
}

function readHeader(entries: Entry[]): Header {
  const found = pageTitleAt(entries);
  const pageTitle = crumbedTitleFirst(entries, found) ? -1 : found;
  // Whatever precedes a page's headline is left in the body for clean-up to judge.
  const head = entries.slice(Math.max(0, pageTitle), Math.max(0, pageTitle) + HEADER_LINES);
  const consumed = new Set<number>();
  let byline = '';
  let publishedAt: string | null = null;
  let titleAt = -1;
  let title = '';

  // A page's byline is read by the page rules below: they keep a job title out of the name.
  const bylineAt = pageTitle >= 0 ? -1 : head.findIndex((e) => parseByline(e.text));
  if (bylineAt >= 0) {
    const parsed = parseByline(head[bylineAt]!.text)!;
    byline = parsed.byline;
    publishedAt = parsed.publishedAt;
    consumed.add(head[bylineAt]!.index);
  } else if (pageTitle >= 0) {
    // A page's byline sits just under its headline, often with more than a name on its line.
    const found = findPageByline(head.slice(1).map((e) => e.text));
    if (found) {
      byline = found.byline;
      publishedAt = found.publishedAt;
      if (found.whole) consumed.add(head[1 + found.at]!.index);
    }
  }
  const first = head[0];
  if (pageTitle >= 0) {
    titleAt = 0;
    title = lastCrumb(first!.text);
  } else if (first && /^(home|inicio)\s/i.test(first.text)) {
    titleAt = 0;
    title = stripBreadcrumb(first.text, head.slice(1, 4).map((e) => e.text));
  } else if (bylineAt === 2 && isTitleLike(first!.text)) {
    titleAt = 0; // title, dek, byline
  } else if (bylineAt > 0 && isTitleLike(head[bylineAt - 1]!.text)) {
    titleAt = bylineAt - 1; // whatever precedes the title (captions, labels) stays in the body
  } else if (first && isTitleLike(first.text) && entries.length > 1) {
    titleAt = 0;
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
  return { title, subtitle, byline, publishedAt, consumed };
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
  return {
    sourceName: source.name,
    url: source.url,
    title: header.title || (lede ? titleFromLede(lede) : ''),
    subtitle: header.subtitle,
    byline: header.byline,
    publishedAt: header.publishedAt,
    markdown: renderBody(body),
  };
}
