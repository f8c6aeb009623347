// Junk removal for imported articles. Every rule removes whole lines and says why; the removed
// lines keep their position so the reader can put any of them back (restoreLines).
// The rules only ever judge short, non-prose lines (or exact repeats), so body text survives.
import type { RemovedLine } from '../types.js';
import { articleSpan, shapeOf, type LineShape } from './article-span.js';
import { comparable, countWords, isProse, isTableRow, isTitleCase, plainOfMarkdownLine, sentences, splitLines } from './lines.js';

export interface CleanContext {
  /** The brief's title: a body line repeating it is dropped. */
  title?: string;
  /** The text is a whole page as copied from a browser: what lies well outside the article goes. */
  page?: boolean;
}

export interface CleanResult {
  markdown: string;
  removed: RemovedLine[];
}

const NAV_LABELS = new Set(
  [
    'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'share on x', 'share on linkedin',
    'tweet', 'print', 'email', 'e-mail', 'copy link', 'link copied', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit',
    'pinterest', 'embedded tweets', 'embedded tweet', 'related', 'related articles', 'related posts', 'related stories', 'related content',
    'related news', 'read more', 'read next', 'read also', 'see also', 'read the full article', 'read full article', 'read the full story',
    'continue reading', 'click here to read more', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'ad', 'skip to content',
    'skip to main content', 'menu', 'home', 'search', 'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'newsletter',
    'back to top', 'next article', 'previous article', 'next post', 'previous post', 'tags', 'topics', 'categories', 'you may also like',
    'you might also like', 'more from', 'more stories', 'most popular', 'most read', 'trending', 'trending now', 'photo', 'image', 'video',
    'watch', 'listen', 'play video', 'watch video', 'listen to this article', 'cover', 'report cover', 'cover image', 'gallery', 'comments',
    'compartir', 'comparte', 'publicidad', 'lee también', 'lea también', 'leer más', 'relacionado', 'relacionados', 'noticias relacionadas',
    'te puede interesar', 'suscríbete', 'comentarios',
  ].map(comparable),
);

const SHARE_TOKENS = new Set(['share', 'tweet', 'email', 'print', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'copy', 'link', 'pin', 'mail']);

const COMMENT_FORM = [
  /^leave a (reply|comment)\b/i,
  /^deja (una respuesta|un comentario)\b/i,
  /your email address will not be published/i,
  /tu direcci[oó]n de correo electr[oó]nico no ser[aá] publicada/i,
  /required fields are marked/i,
  /los campos obligatorios est[aá]n marcados/i,
  /^save my name,? email,? and website/i,
  /\bakismet\b/i,
  /^post comment$/i,
  /^publicar (el )?comentario$/i,
  /^cancel reply$/i,
  /^you must be logged in to post a comment/i,
  /^notify me of (follow-up comments|new posts)/i,
];
const COMMENT_FIELD = /^(comment|name|email|e-mail|website|url|nombre|correo electr[oó]nico|web|comentario)\s*\*?\s*:?$/i;

// Up to three digits: a four-digit line is more likely a year heading than a page number.
const PAGE_NUMBER = /^(page|p[aá]gina|p\.)?\s*\d{1,3}(\s*(of|de|\/)\s*\d{1,4})?$/i;
const BREADCRUMB = /^(home|inicio|portada)\s*([»>›/|]|$)/i;
// A line that is only a picture's or a clip's file name is what a copied page shows for a missing
// image or a player; no sentence of an article is a single word with a media file's ending.
const MEDIA_FILE_NAME = /^[^\s/\\]{1,160}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|mp4|m4v|mov|webm|mp3|m4a|wav)$/i;

/** Why a single line, judged on its own, is page furniture rather than article text. */
export function junkReason(line: string): string | null {
  const plain = plainOfMarkdownLine(line);
  if (COMMENT_FORM.some((re) => re.test(plain))) return 'comment form';
  if (plain === '' || isProse(plain, 6)) return null;
  const key = comparable(plain);
  if (key === '') return null;
  if (NAV_LABELS.has(key)) return 'navigation or share label';
  const tokens = key.split(' ');
  if (tokens.length > 1 && tokens.length <= 6 && tokens.every((t) => SHARE_TOKENS.has(t))) return 'share buttons';
  if (BREADCRUMB.test(plain)) return 'breadcrumb';
  if (PAGE_NUMBER.test(plain)) return 'page number';
  if (MEDIA_FILE_NAME.test(plain)) return 'picture file name';
  return null;
}

interface Line {
  index: number;
  text: string;
  plain: string;
  /** Table rows, fenced code and blank lines are never judged. */
  judged: boolean;
  listItem: boolean;
  heading: boolean;
}

function describe(markdown: string): Line[] {
  let inFence = false;
  return splitLines(markdown).map((text, index) => {
    const fence = /^\s*(```|~~~)/.test(text);
    const judged = !inFence && !fence && text.trim() !== '' && !isTableRow(text);
    if (fence) inFence = !inFence;
    return {
      index,
      text,
      plain: plainOfMarkdownLine(text),
      judged,
      listItem: /^\s*([-*+]|\d{1,3}[.)])\s/.test(text),
      heading: /^#{1,6}\s/.test(text),
    };
  });
}

/** `alive` are the lines no rule has removed yet; `all` includes the removed ones. */
type Rule = (alive: Line[], ctx: CleanContext, all: Line[]) => Map<number, string>;

const singleLineJunk: Rule = (alive) => {
  const out = new Map<number, string>();
  for (const line of alive) {
    const reason = line.judged ? junkReason(line.text) : null;
    if (reason) out.set(line.index, reason);
  }
  return out;
};

/** Field labels ("Name *", "Email") only count as junk next to a comment form. */
const commentFields: Rule = (alive, _ctx, all) => {
  const out = new Map<number, string>();
  const formAt = all.filter((l) => l.judged && COMMENT_FORM.some((re) => re.test(l.plain))).map((l) => l.index);
  // Both lists are in line order: one pointer walks the forms, so many forms cost no more than a few.
  let f = 0;
  for (const line of alive) {
    while (f < formAt.length && formAt[f]! < line.index - 16) f++;
    const nearForm = f < formAt.length && formAt[f]! <= line.index + 16;
    if (line.judged && nearForm && COMMENT_FIELD.test(line.plain)) out.set(line.index, 'comment form');
  }
  return out;
};

const titleRepeat: Rule = (alive, ctx) => {
  const out = new Map<number, string>();
  const title = ctx.title ? comparable(ctx.title) : '';
  if (title === '') return out;
  for (const line of alive) if (line.judged && comparable(line.plain) === title) out.set(line.index, 'repeats the title');
  return out;
};

/** One is the other with a few words more, e.g. a caption with and without a photo credit. */
function nearlySame(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 12 && long.includes(short) && short.length / long.length >= 0.8;
}

/**
 * Repeated lines: next to each other they are an image's alt text and caption, so every copy
 * goes; apart, the first copy stays. Lists and headings repeat legitimately and are skipped.
 */
const duplicates: Rule = (alive) => {
  const out = new Map<number, string>();
  const judged = alive.filter((l) => l.judged);
  const keys = judged.map((l) => comparable(l.plain));
  const caption = (i: number, j: number) =>
    !judged[i]!.listItem && !judged[j]!.listItem && !isProse(judged[i]!.plain) && !isProse(judged[j]!.plain);
  for (let i = 0; i + 1 < judged.length; i++) {
    if (keys[i] !== '' && (keys[i] === keys[i + 1] || nearlySame(keys[i]!, keys[i + 1]!)) && caption(i, i + 1)) {
      out.set(judged[i]!.index, 'duplicated caption');
      out.set(judged[i + 1]!.index, 'duplicated caption');
    }
  }
  const first = new Map<string, Line>();
  judged.forEach((line, i) => {
    const key = keys[i]!;
    if (key === '' || line.listItem) return;
    const earlier = first.get(key);
    if (!earlier) first.set(key, line);
    else if (!out.has(line.index) && !line.heading && countWords(line.plain) >= 4) out.set(line.index, `repeats line ${earlier.index + 1}`);
  });
  return out;
};

function isHeadlineLike(line: Line): boolean {
  if (!line.judged || line.listItem) return false;
  const text = line.plain;
  const n = countWords(text);
  return (
    n >= 4 &&
    n <= 30 &&
    !/[.,;:]["'”’)]*$/u.test(text) &&
    sentences(text).length === 1 &&
    isTitleCase(text)
  );
}

/**
 * The run of other stories' headlines many sites print after an article: at least three
 * consecutive headline-like lines closing the document, after real prose.
 */
const trailingHeadlines: Rule = (alive) => {
  const out = new Map<number, string>();
  const content = alive.filter((l) => l.text.trim() !== '');
  let start = content.length;
  while (start > 0 && isHeadlineLike(content[start - 1]!)) start--;
  const run = content.slice(start);
  const proseBefore = content.slice(0, start).some((l) => l.judged && isProse(l.plain, 8));
  if (run.length >= 3 && proseBefore) for (const l of run) out.set(l.index, 'list of unrelated headlines');
  return out;
};

/** A short question: on a page, a run of them outside the article is an FAQ or teaser block. */
const isShortQuestion = (text: string) => countWords(text) <= 10 && /\?["'”’»)]*$/u.test(text);

function lineShape(line: Line): LineShape {
  if (line.judged && line.listItem && isShortQuestion(line.plain)) return 'loose';
  if (!line.judged || line.listItem) return 'content';
  return line.heading ? 'loose' : shapeOf(line.plain);
}

/** On a copied page, the lines before and after the densest run of prose (see article-span.ts). */
const outsideArticle: Rule = (alive, ctx) => {
  const out = new Map<number, string>();
  if (!ctx.page) return out;
  const content = alive.filter((l) => l.text.trim() !== '');
  const span = articleSpan(content.map((l) => ({ text: l.plain, shape: lineShape(l) })));
  if (!span) return out;
  content.forEach((l, i) => {
    if (!l.judged) return;
    if (i < span.start) out.set(l.index, 'page header or menu before the article');
    else if (i > span.end) out.set(l.index, 'after the article: related links, comments or footer');
  });
  return out;
};

const RULES: Rule[] = [singleLineJunk, commentFields, titleRepeat, duplicates, trailingHeadlines, outsideArticle];

/**
 * Removes page furniture from Markdown. Rules run until nothing changes, so cleaning the
 * result again removes nothing (idempotent). Blank lines are kept so indices stay stable.
 */
export function cleanMarkdown(markdown: string, ctx: CleanContext = {}): CleanResult {
  const lines = describe(markdown);
  const reasons = new Map<number, string>();
  for (;;) {
    const before = reasons.size;
    for (const rule of RULES) {
      const alive = lines.filter((l) => !reasons.has(l.index));
      for (const [index, reason] of rule(alive, ctx, lines)) if (!reasons.has(index)) reasons.set(index, reason);
    }
    if (reasons.size === before) break;
  }
  const removed = lines.filter((l) => reasons.has(l.index)).map((l) => ({ index: l.index, text: l.text, reason: reasons.get(l.index)! }));
  return { markdown: lines.filter((l) => !reasons.has(l.index)).map((l) => l.text).join('\n'), removed };
}

/** One line of an imported document as the import saw it: kept in the brief, or removed and why. */
export interface ReviewLine {
  /** Position in the document before clean-up; removed lines keep theirs. */
  index: number;
  text: string;
  removed: RemovedLine | null;
}

/**
 * The document before clean-up: the brief's kept lines and its removed lines, interleaved by the
 * removed lines' positions (the kept lines fill the places between them, in order).
 */
export function reviewLines(markdown: string, removed: RemovedLine[]): ReviewLine[] {
  const sorted = [...removed].sort((a, b) => a.index - b.index);
  // '' is either no kept line or one blank one: the removed lines' positions tell which.
  const kept = markdown === '' && sorted.every((r, i) => r.index === i) ? [] : splitLines(markdown);
  const full: ReviewLine[] = [];
  let k = 0;
  for (const line of sorted) {
    while (full.length < line.index && k < kept.length) full.push({ index: full.length, text: kept[k++]!, removed: null });
    full.push({ index: line.index, text: line.text, removed: line });
  }
  while (k < kept.length) full.push({ index: full.length, text: kept[k++]!, removed: null });
  return full;
}

/**
 * Puts the removed lines whose indices are listed back where they were. `removed` indices
 * refer to the document before clean-up; the returned `removed` keeps that numbering.
 */
export function restoreLines(markdown: string, removed: RemovedLine[], indices: Iterable<number>): CleanResult {
  const wanted = new Set(indices);
  const full = reviewLines(markdown, removed);
  return {
    markdown: full.filter((l) => !l.removed || wanted.has(l.removed.index)).map((l) => l.text).join('\n'),
    removed: full.flatMap((l) => (l.removed && !wanted.has(l.removed.index) ? [l.removed] : [])),
  };
}

/** The reason stored for a line the user took out in the import review. */
export const REMOVED_BY_USER = 'removed by you';

/**
 * Takes kept lines out as the clean-up would, so they can be put back the same way. `indices`
 * are positions in the document before clean-up, as reviewLines numbers them.
 */
export function removeLines(markdown: string, removed: RemovedLine[], indices: Iterable<number>, reason = REMOVED_BY_USER): CleanResult {
  const wanted = new Set(indices);
  const full = reviewLines(markdown, removed).map((l) => (!l.removed && wanted.has(l.index) ? { ...l, removed: { index: l.index, text: l.text, reason } } : l));
  return {
    markdown: full.filter((l) => !l.removed).map((l) => l.text).join('\n'),
    removed: full.flatMap((l) => (l.removed ? [l.removed] : [])),
  };
}
