// The headline of a copied web page. Like Readability, it is judged by what surrounds it rather
// than by its words: a line of headline shape near the start of the densest run of prose, with a
// byline or date just below it, printed twice near the top (or as "Headline | Site"), and whose
// words the article goes on to use. Menus, crumbs, buttons, captions and teasers are refused.
import { articleSpan, isCommentsHeading, shapeOf, wordWeight, type Span } from './article-span.js';
import { findPageByline, isDateLine, parseByline } from './byline.js';
import { junkReason } from './cleanup.js';
import { findDate } from './dates.js';
import { comparable, endsLikeSentence, isTableRow, isTitleCase } from './lines.js';

const CRUMB_SEPARATORS = ['›', '»', '>', '/', '|', '→', '::', '_'];

/**
 * The last crumb of a trail such as "News › Energy › North America › Headline": a trail has
 * at least two separators of one kind, and the headline is its longest part when that is last.
 * A trail that ends in a short crumb ("Home > News > Story") is returned as null: no headline.
 */
export function lastCrumb(text: string): string | null {
  for (const sep of CRUMB_SEPARATORS) {
    const parts = text.split(new RegExp(`\\s*${sep.replace(/[|/]/g, '\\$&')}\\s*`)).map((p) => p.trim());
    const spaced = text.split(` ${sep} `).length >= 3 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
    if (parts.length < 3 || !spaced) continue;
    const last = parts[parts.length - 1]!;
    return parts.every((p) => p.length <= last.length) && wordWeight(last) >= 3 ? last : null;
  }
  return text;
}

/** Author and date lines, in English, Spanish, French and German, are never the headline. */
export const CREDIT_LINE = /^(?:by|from|por|de|par|von|posted|published|updated|written|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert)\b/i;
/** Photo captions and credits sit near the headline and read like one. */
const CAPTION_CUE =
  /^(?:photo|foto|image|imagen|bild|caption|credit|cr[ée]dit|source|fuente|quelle)\b|\b(?:photo|foto|image|imagen|bild)\s*(?::|by\b|de\b|von\b|par\b|credit)|\b(?:getty|reuters|afp|ap photo|epa)\b|\(|\)$/i;
const TIME = /\b\d{1,2}[:.h]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|uhr)?\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const BULLET = /^(?:[-*•·▪◦‣–—+]|\d{1,3}[.)])\s+/u;

/** Mostly letters: not a timestamp, a counter or a code. */
function mostlyLetters(text: string): boolean {
  const chars = text.replace(/\s/g, '');
  return (chars.match(/\p{L}/gu)?.length ?? 0) >= 0.6 * chars.length;
}

/** Words of page controls in English, Spanish, French and German: a short line with one is a button. */
const CONTROL_WORD =
  /\b(?:share|print|sign|log|login|subscribe|follow|menu|search|comments?|email|tweet|reblog|compartir|imprimir|suscr[ií]b\w*|seguir|buscar|partager|imprimer|connecter|abonne\w*|suivre|rechercher|teilen|drucken|anmelden|abonnieren|folgen|suche)\b/i;

/**
 * Calls to act that pages print in headline shape, at any length: newsletters, cookies and
 * consent, following, accounts, apps and skip links, in English, Spanish, French and German.
 */
const PROMO =
  /\b(?:newsletters?|cookies?|javascript|sign (?:up|in)|log (?:in|out)|subscribe|subscription|follow us|skip to|download (?:the|our) app|(?:create|register|open)\b.{0,20}\baccount|boletín|suscr[ií]b\w*|inicia(?:r)? sesión|regístrate|síguenos|lettre d'information|infolettre|abonnez|inscrivez|connectez|suivez-nous|anmelden|abonnieren|registrieren|folgen sie)\b/i;

const QUESTION = /^[^.!?]{8,160}\?["'”’»)]*$/u;

/** An arrow at either end marks a link ("Next Work →", "« Older posts"). */
const ARROW_LINK = /^[←«‹<]|[→»›>]$/u;

/** Links to other stories: "Next story", "Previous article", "Older posts". */
const SIBLING_LINK = /^(?:next|previous|prev|older|newer|siguiente|anterior|suivant|précédent|nächste[rs]?|vorherige[rs]?)\b|\b(?:siguiente|anterior|suivante?|précédente?)$/i;

/** A label that runs on into the next line ("Supported by", "Photo by", "Publicado en") is not a headline. */
const DANGLING = /\s(?:by|of|the|a|an|to|and|de|del|en|por|y|par|le|la|et|von|der|die|das|und)$/i;
/** A full stop that closes an abbreviation ("N.Y.C.", "U.S.", "Inc.") does not make a sentence. */
const ABBREVIATED_END = /(?:\b(?:\p{L}\.){2,}|\b(?:inc|corp|co|ltd|jr|sr|st|vs|etc)\.)$/iu;

/** Can this line be a headline at all, whatever surrounds it? */
export function headlineCandidate(text: string): boolean {
  const n = wordWeight(text);
  if (n < 2 || n > 30 || BULLET.test(text) || isTableRow(text) || !mostlyLetters(text) || ARROW_LINK.test(text)) return false;
  if (/[.,;:([–—-]$/u.test(text) && !ABBREVIATED_END.test(text)) return false;
  if ((n <= 4 && CONTROL_WORD.test(text)) || (n <= 14 && PROMO.test(text)) || (n <= 4 && SIBLING_LINK.test(text)) || (text.match(/,/g)?.length ?? 0) >= 3 || DANGLING.test(text)) return false;
  // A question or exclamation reads like prose but is a common headline; a statement with a full stop is not.
  const sentence = shapeOf(text) === 'prose' && !(n <= 20 && /[?!]["'”’»)]*$/u.test(text)) && !ABBREVIATED_END.test(text);
  return !(CREDIT_LINE.test(text) || parseByline(text) || isDateLine(text) || junkReason(text) !== null || isCommentsHeading(text) || sentence);
}

/** A byline or date line: what follows a headline. */
function isCredit(text: string, next: string[]): boolean {
  return Boolean(parseByline(text) || CREDIT_LINE.test(text) || isDateLine(text) || (TIME.test(text) && wordWeight(text) <= 8) || findPageByline([text, ...next.slice(0, 1)])?.at === 0);
}

// Words every language repeats: they say nothing about whether a line names the article.
const STOP = new Set(
  'that this with from have were will what when which their there about after into over than them they been more your said says also just como para pero sobre entre desde este esta estos están cuando donde porque dans pour avec sont mais plus cette leur être sich nicht auch eine einen einer oder wenn über nach wird sind dass'.split(' '),
);
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The words that carry meaning: four letters or more, folded; CJK text as pairs of characters. */
function contentTokens(text: string): string[] {
  const folded = comparable(text);
  const out = folded.split(' ').filter((w) => w.length >= 4 && !STOP.has(w) && !HAN_OR_KANA.test(w));
  const cjk = [...folded.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, ' ')].join('');
  for (const run of cjk.split(' ')) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** The share of a line's meaningful words that the article uses. */
function overlap(text: string, article: Set<string>): number {
  const tokens = contentTokens(text);
  return tokens.length ? tokens.filter((t) => article.has(t)).length / tokens.length : 0;
}

/** What a scored candidate earned, so the caller can tell a found headline from a guessed one. */
export interface Headline {
  /** Index of the line in the lines given. */
  at: number;
  text: string;
  /** A byline or date right below it, or a second copy of it near the top: strong evidence. */
  confirmed: boolean;
}

/** How far above the article's first paragraph, and how far into it, the headline is looked for. */
const LOOK_ABOVE = 60;
const LOOK_INSIDE = 8;
/** The page's opening lines, where a document title is often printed before the menus. */
const FIRST_LINES = 10;
/** Below this score no line is taken for the headline. */
const MIN_SCORE = 4;

interface Scored {
  score: number;
  confirmed: boolean;
}

function scoreLine(lines: string[], i: number, span: Span, article: Set<string>, top: Map<number, string>): Scored | null {
  const text = lastCrumb(lines[i]!);
  if (text === null || !headlineCandidate(text)) return null;
  const n = wordWeight(text);
  const key = comparable(text);
  // A byline or date within a few lines below; the nearer, the surer. A name that the byline
  // below repeats is the author's, and a two-word label earns less than a headline.
  let credit = 0;
  for (let k = 1; k <= 6 && i + k < lines.length; k++) {
    const below = lines[i + k]!;
    if (isCredit(below, lines.slice(i + k + 1, i + k + 2))) {
      if (comparable(below).includes(key)) return null;
      credit = (k === 1 ? 6 : k <= 3 ? 4 : 2) * Math.min(1, n / 4);
      break;
    }
  }
  if (findPageByline([text, ...lines.slice(i + 1, i + 2)])?.at === 0 && !findPageByline([text])?.labelled && credit > 0 && n <= 3) return null;
  const local = new Set<string>();
  for (let j = i + 1; j < Math.min(lines.length, i + 40) && local.size < 300; j++) if (shapeOf(lines[j]!) === 'prose') for (const t of contentTokens(lines[j]!)) local.add(t);
  // A copy among the same neighbours is a menu printed twice, not a headline printed twice.
  const neighbours = (j: number) => [top.get(j - 1), top.get(j + 1)];
  let copies = 0;
  for (const [j, l] of top) if (j !== i && key !== '' && isCopy(l, key) && !neighbours(j).some((x) => x !== undefined && neighbours(i).includes(x))) copies++;
  const shared = Math.max(overlap(text, article), overlap(text, local));
  // Two words printed twice are as often a section label; only the page's first line is trusted then.
  const repeated = copies > 0 && (n >= 3 || (i === 0 && shared >= 0.5)) ? 5 : 0;
  const penalties = (CAPTION_CUE.test(text) ? 6 : 0) + (TIME.test(text) || findDate(text) ? 3 : 0);
  // Buttons and labels between the headline and the prose cost little; captions and teasers more.
  const between =
    i < span.start ? lines.slice(i + 1, span.start).reduce((d, l) => d + (wordWeight(l) > 4 ? 0.3 : 0.08), 0) : 1 + (i - span.start);
  // A line among other lines of its shape is one teaser in a list of them.
  const teaser = [lines[i - 1], lines[i + 1]].every((l) => l !== undefined && wordWeight(l) >= 4 && headlineCandidate(l)) && credit === 0 ? 3 : 0;
  // A headline sits above its longer standfirst; the standfirst sits below a shorter headline.
  const next = lines[i + 1];
  const standfirst = n >= 4 && next && wordWeight(next) > n && !endsLikeSentence(next) && shapeOf(next) !== 'prose' ? 2 : 0;
  const previous = lines[i - 1];
  const dek = previous && wordWeight(previous) >= 3 && wordWeight(previous) <= n && headlineCandidate(previous) ? 3 : 0;
  const score =
    Math.min(n, 8) * 0.5 + (isTitleCase(text) ? 1 : 0) + credit + repeated + shared * 6 + standfirst - dek - penalties - Math.min(between, 8) - teaser;
  return { score, confirmed: credit >= 4 || repeated > 0 };
}

/** `line` is `key` alone, or with a label or site name before or after it ("Headline | Site"). */
function isCopy(line: string, key: string): boolean {
  if (line === key) return true;
  const extra = line.length - key.length;
  return extra > 0 && extra <= Math.max(20, key.length) && (line.startsWith(`${key} `) || line.endsWith(` ${key}`));
}

/** The words of the article's prose (its first few hundred), to check a candidate against. */
function articleWords(lines: string[], span: Span): Set<string> {
  const out = new Set<string>();
  for (let i = span.start; i <= span.end && out.size < 600; i++) if (shapeOf(lines[i]!) === 'prose') for (const t of contentTokens(lines[i]!)) out.add(t);
  return out;
}

/** Every line that could be a copied page's headline, best first, with its score. */
export function rankHeadlines(lines: string[]): (Headline & { score: number })[] {
  const span = articleSpan(lines.map((text) => ({ text, shape: shapeOf(text) })));
  if (!span) return [];
  const from = Math.max(0, span.start - LOOK_ABOVE);
  const to = Math.min(span.end, span.start + LOOK_INSIDE);
  // Copies are looked for near the candidates and among the page's first lines, never in the whole
  // text: the cost stays bounded however long the page is.
  const top = new Map<number, string>();
  for (let j = 0; j < Math.min(lines.length, FIRST_LINES); j++) top.set(j, comparable(lines[j]!));
  for (let j = Math.max(0, from - LOOK_ABOVE); j < Math.min(lines.length, span.start + LOOK_ABOVE); j++) top.set(j, comparable(lines[j]!));
  const article = articleWords(lines, span);
  const out: (Headline & { score: number })[] = [];
  for (let i = from; i <= to; i++) {
    // Inside the article, only a line that does not end like a sentence (a question may) can be its headline.
    if (i >= span.start && ((shapeOf(lines[i]!) === 'prose' && !QUESTION.test(lines[i]!)) || (endsLikeSentence(lines[i]!) && !QUESTION.test(lines[i]!)))) continue;
    const scored = scoreLine(lines, i, span, article, top);
    if (scored) out.push({ at: i, text: lastCrumb(lines[i]!)!, confirmed: scored.confirmed, score: scored.score });
  }
  return out.sort((a, b) => b.score - a.score || a.at - b.at);
}

/** On a copied page: the headline near the start of the densest run of prose, or null. */
export function findHeadline(lines: string[]): Headline | null {
  const best = rankHeadlines(lines)[0];
  return best && best.score > MIN_SCORE ? { at: best.at, text: best.text, confirmed: best.confirmed } : null;
}
