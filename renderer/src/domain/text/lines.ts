// Line and word helpers shared by the structure, clean-up and metadata steps.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Unix line ends, no invisible characters, ordinary spaces, no trailing blanks. */
export function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text.trim());
}

/** A line of running prose, as opposed to a label, heading or headline. */
export function isProse(text: string, minWords = 12): boolean {
  return countWords(text) >= minWords && endsLikeSentence(text);
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt sen rep gov pres amb sec st jr sr no vs etc inc corp co ltd dept jan feb mar apr jun jul aug sep sept oct nov dec sra dra lic ing gral'.split(' '),
);
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([¿¡]?[\p{Lu}\p{N}])/gu;

/** The sentences of a paragraph; abbreviations and initials (U.S., Gen., J.) end none. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const lastWord = /(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(lastWord))) continue;
    const end = m.index + m[0].length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

const SMALL_WORDS = new Set(
  'a an the and or nor but of for to in on at by with from as vs via per into onto over than de del la el los las y e o u en para con por al'.split(' '),
);

/** Most significant words start with a capital (or a digit), as in headlines. */
export function isTitleCase(text: string): boolean {
  const significant = words(text).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / significant.length >= 0.75;
}

/** Lower-case, accent-free, punctuation-free form used to compare lines. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Two strings say the same thing when their accent-, case- and punctuation-free forms match. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;

/**
 * The first index at or after `from` where `test` holds, or -1. Callers ask with `from` never
 * decreasing, so the whole text is scanned once however many times it is asked: the inline rules
 * below stay linear where lazy regular expressions rescan the rest of the line from every opener.
 */
export function forwardFinder(text: string, test: (i: number) => boolean): (from: number) => number {
  let scanned = 0;
  let found = -1;
  return (from) => {
    if (found >= from) return found;
    if (found < 0 && scanned > from) return -1;
    let i = Math.max(from, scanned);
    while (i < text.length && !test(i)) i++;
    scanned = i;
    found = i < text.length ? i : -1;
    return found;
  };
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** `[label](target)` and `![alt](src)` → the label or alt text. */
function unwrapLinks(text: string): string {
  const nextClose = forwardFinder(text, (i) => text[i] === ']');
  const nextParen = forwardFinder(text, (i) => text[i] === ')');
  let out = '';
  let kept = 0;
  for (let p = 0; p < text.length; p++) {
    const open = text[p] === '!' && text[p + 1] === '[' ? p + 1 : p;
    if (text[open] !== '[') continue;
    const close = nextClose(open + 1);
    if (close < 0 || text[close + 1] !== '(') continue;
    const paren = nextParen(close + 2);
    if (paren < 0) continue;
    out += text.slice(kept, p) + text.slice(open + 1, close);
    kept = paren + 1;
    p = paren;
  }
  return out + text.slice(kept);
}

/** `**strong**` and `__strong__` → their text (the closer is the nearest same pair on the line). */
function unwrapStrong(text: string): string {
  const nextBreak = forwardFinder(text, (i) => LINE_BREAK.test(text[i]!));
  const finders = { '*': forwardFinder(text, (i) => text.startsWith('**', i)), _: forwardFinder(text, (i) => text.startsWith('__', i)) };
  let out = '';
  let kept = 0;
  for (let p = 0; p + 1 < text.length; p++) {
    const c = text[p]!;
    if ((c !== '*' && c !== '_') || text[p + 1] !== c) continue;
    const close = finders[c](p + 3);
    const lineEnd = nextBreak(p + 2);
    if (close < 0 || (lineEnd >= 0 && lineEnd < close)) continue;
    out += text.slice(kept, p) + text.slice(p + 2, close);
    kept = close + 2;
    p = close + 1;
  }
  return out + text.slice(kept);
}

/** `*em*` and `_em_` (not after a backslash) → their text; the closer follows a non-space. */
function unwrapEmphasis(text: string): string {
  const isMark = (c: string | undefined) => c === '*' || c === '_';
  const nextBreak = forwardFinder(text, (i) => LINE_BREAK.test(text[i]!));
  const nextCloser = forwardFinder(text, (i) => isMark(text[i]) && !isSpace(text[i - 1]));
  let out = '';
  let kept = 0;
  const tryAt = (open: number): number => {
    if (!isMark(text[open]) || isSpace(text[open + 1])) return -1;
    // Like the greedy `\S(?:.*?\S)?`: the nearest closer past a two-character span, else one
    // right after a single character.
    const close = nextCloser(open + 3);
    const lineEnd = nextBreak(open + 1);
    if (close >= 0 && (lineEnd < 0 || lineEnd > close)) return close;
    return isMark(text[open + 2]) ? open + 2 : -1;
  };
  for (let p = 0; p < text.length; ) {
    // At the very start the opener needs no character before it; elsewhere one that is not "\".
    const atStart = p === 0 ? tryAt(0) : -1;
    const open = atStart >= 0 ? 0 : text[p] !== '\\' ? p + 1 : -1;
    const close = atStart >= 0 ? atStart : open > 0 ? tryAt(open) : -1;
    if (close < 0) {
      p++;
      continue;
    }
    out += text.slice(kept, open) + text.slice(open + 1, close);
    kept = close + 1;
    p = close + 1;
  }
  return out + text.slice(kept);
}

/** The visible text of one Markdown line: no block markers, emphasis, link targets or escapes. */
export function plainOfMarkdownLine(line: string): string {
  const unmarked = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '');
  return unwrapEmphasis(unwrapStrong(unwrapLinks(unmarked))).replace(MD_ESCAPE, '$1').trim();
}

export function isTableRow(line: string): boolean {
  return /^\s*\|.*\|/.test(line);
}

export function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);
}

/** The readable text of a Markdown document, one block per line (for counting and hashing). */
export function markdownToPlain(markdown: string): string {
  let inFence = false;
  const out: string[] = [];
  for (const line of splitLines(markdown)) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) out.push(line);
    else if (isTableSeparator(line)) continue;
    else if (isTableRow(line)) out.push(line.split('|').map((cell) => plainOfMarkdownLine(cell)).filter(Boolean).join(' '));
    else out.push(plainOfMarkdownLine(line));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
