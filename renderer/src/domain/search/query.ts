// The library search language: words, "exact phrases", prefix*, and field terms
// (title:, topic:, tag:). Everything is folded (case and diacritics) so "Lopez" finds "López".
import { fold } from './find.js';

export type SearchField = 'title' | 'topic' | 'tag';

export interface QueryTerm {
  /** Folded words; a phrase has several, in order. */
  words: string[];
  phrase: boolean;
  /** The last word matches any word it begins. */
  prefix: boolean;
  field: SearchField | null;
}

export interface ParsedQuery {
  terms: QueryTerm[];
}

/** Field names users may type, English and Spanish, already folded. */
const FIELD_NAMES: Readonly<Record<string, SearchField>> = {
  title: 'title',
  titulo: 'title',
  topic: 'topic',
  tema: 'topic',
  tag: 'tag',
  etiqueta: 'tag',
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, the unit both the index and the query use. */
export function tokenize(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Parses what the user typed. With `typing`, a bare last word that is not followed by a space is a
 * prefix, so results appear as letters are added.
 */
export function parseQuery(input: string, { typing = false }: { typing?: boolean } = {}): ParsedQuery {
  const terms: QueryTerm[] = [];
  const pattern = /(?:([\p{L}]+):)?(?:"([^"]*)"?|(\S+))/gu;
  for (const match of input.matchAll(pattern)) {
    const [whole, rawField, quoted, bare] = match;
    const field = rawField === undefined ? null : (FIELD_NAMES[fold(rawField)] ?? null);
    // An unknown "word:" is an ordinary word (times like 10:30 or "note:" in a sentence).
    if (rawField !== undefined && field === null) {
      terms.push(...wordTerms(whole, null, typing && isLast(input, match)));
      continue;
    }
    if (quoted !== undefined) {
      const words = tokenize(quoted);
      if (words.length) terms.push({ words, phrase: words.length > 1, prefix: false, field });
      continue;
    }
    // A field name still waiting for its value ("title:") asks for nothing yet.
    if (bare !== undefined && bare.endsWith(':') && FIELD_NAMES[fold(bare.slice(0, -1))]) continue;
    terms.push(...wordTerms(bare ?? '', field, typing && isLast(input, match)));
  }
  return { terms };
}

function isLast(input: string, match: RegExpMatchArray): boolean {
  return (match.index ?? 0) + match[0].length === input.length;
}

/** A bare token: "U.S.-led" gives several words; a trailing * (or typing) makes the last a prefix. */
function wordTerms(token: string, field: SearchField | null, typingLast: boolean): QueryTerm[] {
  const starred = token.endsWith('*');
  const words = tokenize(token);
  return words.map((word, i) => ({
    words: [word],
    phrase: false,
    prefix: i === words.length - 1 && (starred || typingLast),
    field,
  }));
}

/** Whether one folded word satisfies a query word. */
export const wordMatches = (word: string, wanted: string, prefix: boolean): boolean => (prefix ? word.startsWith(wanted) : word === wanted);

/** Whether a term's words occur consecutively in a sequence of folded words. */
export function sequenceMatches(words: readonly string[], term: QueryTerm): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = wordMatches(words[i + j]!, term.words[j]!, term.prefix && j === n - 1);
    if (ok) return true;
  }
  return false;
}

/** topic: and tag: terms match a value (a topic or tag) by its words, so topic:trade finds "Trade policy". */
export const valueMatches = (value: string, term: QueryTerm): boolean => sequenceMatches(tokenize(value), term);
