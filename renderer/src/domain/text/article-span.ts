// Where the article sits in the visible text of a whole web page. Copied pages wrap the article
// in menus, promos, related stories and footers; like Readability, we look for the densest run of
// prose and treat what lies well outside it as page furniture.
import { countWords, endsLikeSentence, isTitleCase } from './lines.js';

/** How a line counts towards the article: running prose adds, short loose lines subtract. */
export type LineShape = 'prose' | 'loose' | 'content' | 'boundary';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words, with Chinese, Japanese and Korean text (written without spaces) counted as two characters a word. */
export function wordWeight(text: string): number {
  return countWords(text) + Math.floor((text.match(CJK)?.length ?? 0) / 2);
}

/** A tag cloud or a list of names: commas between most of the words. */
function isCommaList(text: string, n: number): boolean {
  return (text.match(/[,，、]/g)?.length ?? 0) / n > 0.3;
}

/** Running text, not a headline: several words ending like a sentence (or simply long), not title-cased. */
export function isRunningText(text: string): boolean {
  const n = wordWeight(text);
  if (n < 8 || isCommaList(text, n)) return false;
  if (n >= 25) return true;
  return (endsLikeSentence(text) || /[:;。！？]$/u.test(text)) && !isTitleCase(text);
}

/**
 * Headings for a section of readers' comments, in English, Spanish, French and German: the
 * article does not run past one.
 */
const COMMENTS_HEADING =
  /^(?:\d[\d.,]*\s+)?(?:comments?|responses?|replies|comentarios?|respuestas|commentaires?|réactions|kommentare?|leserkommentare)(?:\s*\(\d[\d.,]*\))?(?:\s*[:.]?\s*\d*)?$|^(?:leave|post|add|write) a (?:comment|reply)\b|^(?:deja|escribe|añade) (?:un comentario|una respuesta)\b|^(?:laisser|ajouter|écrire) un commentaire\b|^(?:kommentar|einen kommentar) (?:schreiben|verfassen|hinzufügen)\b|^(?:join|start) the (?:discussion|conversation)\b|^(?:show|view|load|see) (?:all )?(?:\d+ )?comments\b/i;

export function isCommentsHeading(text: string): boolean {
  return countWords(text) <= 8 && COMMENTS_HEADING.test(text.trim());
}

/** Prose adds its words beyond the first six (a one-sentence blurb in a menu barely counts); a loose line costs a little, more when longer (a teaser headline). */
function weight(text: string, shape: LineShape): number {
  switch (shape) {
    case 'prose':
      return Math.max(1, wordWeight(text) - 6);
    case 'content':
      return wordWeight(text) / 2;
    case 'loose':
      return -Math.max(2, Math.min(6, wordWeight(text) / 2));
    case 'boundary':
      return -1e6;
  }
}

/**
 * A notice about cookies, consent or scripts: written in sentences, but page furniture. It must
 * name the subject and ask for an action, so an article that discusses cookies keeps its prose.
 */
const NOTICE_SUBJECT = /\b(?:cookies?|javascript|personal data|datos personales|données personnelles|personenbezogene daten|privacy (?:policy|settings)|política de privacidad|datenschutz)/i;
const NOTICE_ACTION = /\b(?:accept|agree|consent|enable|by (?:clicking|continuing|using)|aceptar?|acepto|consentimiento|habilita|accepter|acceptez|activez|consentement|akzeptieren|zustimmen|aktivieren|einwilligung)/i;

export function isNotice(text: string): boolean {
  return NOTICE_SUBJECT.test(text) && NOTICE_ACTION.test(text);
}

export function shapeOf(text: string): LineShape {
  if (isCommentsHeading(text)) return 'boundary';
  if (isNotice(text)) return 'loose';
  return isRunningText(text) ? 'prose' : 'loose';
}

export interface Span {
  start: number;
  /** Inclusive. */
  end: number;
  /** Words of running prose inside the span. */
  proseWords: number;
}

/** Below this much prose there is no article to find, and nothing is trimmed. */
export const MIN_ARTICLE_WORDS = 60;

/**
 * The run of lines with the highest total weight (prose words minus loose-line costs): the
 * article's body. Null when the text holds too little prose to tell.
 */
export function articleSpan(lines: { text: string; shape: LineShape }[]): Span | null {
  let best: Span | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  let prose = 0;
  // Prose after a comments heading that itself follows an article is readers' comments or
  // recommended stories: it counts for a quarter, so a long thread does not outweigh the article.
  let proseSeen = 0;
  let afterComments = false;
  lines.forEach((line, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
      prose = 0;
    }
    if (line.shape === 'boundary' && proseSeen >= MIN_ARTICLE_WORDS) afterComments = true;
    if (line.shape === 'prose') proseSeen += wordWeight(line.text);
    sum += line.shape === 'prose' && afterComments ? weight(line.text, line.shape) / 4 : weight(line.text, line.shape);
    if (line.shape === 'prose') prose += wordWeight(line.text);
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i, proseWords: prose };
    }
  });
  const found = best as Span | null;
  return found && found.proseWords >= MIN_ARTICLE_WORDS ? found : null;
}
