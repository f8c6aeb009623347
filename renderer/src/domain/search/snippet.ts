// Where a query matches inside a text, and a short excerpt around the first match with the
// matched ranges marked. Offsets are into the original (unfolded) text.
import { fold, foldWithMap } from './find.js';
import { wordMatches, type QueryTerm } from './query.js';

export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  /** Ranges within `text` to highlight, sorted and non-overlapping. */
  marks: TextRange[];
  /** The excerpt starts after (or ends before) the text's own start (or end). */
  before: boolean;
  after: boolean;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Folded words with their offsets in the original text. Without combining marks in the original,
 * folding can only keep or grow the length, so an equal length means offsets line up one to one
 * and the per-character map (the slow part) is skipped.
 */
function tokensWithOffsets(text: string): Token[] {
  const quick = fold(text);
  const aligned = quick.length === text.length && !/\p{M}/u.test(text);
  const { folded, map } = aligned ? { folded: quick, map: null } : foldWithMap(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const at = m.index;
    const last = at + m[0].length - 1;
    tokens.push({ word: m[0], start: map ? map[at]! : at, end: (map ? map[last]! : last) + 1 });
  }
  return tokens;
}

/** Every place a term (word, prefix or phrase) occurs in the text, in order, merged where they touch. */
export function matchRanges(text: string, terms: readonly QueryTerm[]): TextRange[] {
  if (!terms.length || !text) return [];
  const tokens = tokensWithOffsets(text);
  const ranges: TextRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const term of terms) {
      const n = term.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = wordMatches(tokens[i + j]!.word, term.words[j]!, term.prefix && j === n - 1);
      if (ok) ranges.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * An excerpt of about `width` characters around the first range (or the text's start when there
 * is none), cut at word boundaries, with the ranges inside it shifted to its offsets.
 */
export function buildSnippet(text: string, ranges: readonly TextRange[], width = 160): Snippet {
  // One space per whitespace character keeps the ranges' offsets valid.
  const flat = text.replace(/\s/g, ' ');
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space !== -1 && first && space < first.start ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  const marks = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { text: flat.slice(start, end), marks, before: start > 0, after: end < flat.length };
}

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** The snippet as alternating plain and marked parts, ready for a template to render as text. */
export function snippetParts(text: string, marks: readonly TextRange[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start), marked: false });
    parts.push({ text: text.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
