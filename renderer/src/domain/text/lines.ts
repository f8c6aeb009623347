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

/** The visible text of one Markdown line: no block markers, emphasis, link targets or escapes. */
export function plainOfMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\\])[*_](\S(?:.*?\S)?)[*_]/g, '$1$2')
    .replace(MD_ESCAPE, '$1')
    .trim();
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
