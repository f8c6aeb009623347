// Where a query matches inside a text, and a short excerpt around the first match with the
// matched ranges marked. Offsets are into the original (unfolded) text.
import { fold, foldWithMap } from './find.js';
import type { QueryTerm } from './query.js';

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

/**
 * One regular expression for a set of terms over folded text. A word must stand alone (no letter
 * or digit on either side); a phrase's words may be separated by any punctuation; a prefix runs
 * on to the end of the word it begins, so the whole word is marked.
 */
export function termPattern(terms: readonly QueryTerm[]): RegExp | null {
  const alternatives = terms.map((term) => {
    // Query words come from tokenize(): letters and digits only, nothing to escape.
    const body = term.words.join('[^\\p{L}\\p{N}]+');
    return `${body}${term.prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`;
  });
  return alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu') : null;
}

/** A text folded for matching, with the map back to original offsets when they differ. */
export interface FoldedText {
  folded: string;
  /** null when folded offsets equal original ones. */
  map: number[] | null;
}

const COMBINING = /\p{M}/u;

/**
 * Folds once for any number of queries. Without combining marks in the original, folding keeps
 * or grows the length, so an equal length means offsets line up one to one and the
 * per-character map (the slow part) is skipped.
 */
export function foldForMatching(text: string): FoldedText {
  const quick = fold(text);
  return quick.length === text.length && !COMBINING.test(text) ? { folded: quick, map: null } : foldWithMap(text);
}

/**
 * Every place a term (word, prefix or phrase) occurs in the text, merged where they touch. With
 * `span`, only those starting within `span` characters of the first: all a snippet can show.
 */
export function matchRanges(text: string, terms: readonly QueryTerm[], prepared?: FoldedText, span = Infinity): TextRange[] {
  const pattern = termPattern(terms);
  if (!pattern || !text) return [];
  const { folded, map } = prepared ?? foldForMatching(text);
  const ranges: TextRange[] = [];
  for (const m of folded.matchAll(pattern)) {
    const start = map ? map[m.index]! : m.index;
    if (ranges.length && start - ranges[0]!.start >= span) break;
    const last = m.index + m[0].length - 1;
    let end = (map ? map[last]! : last) + 1;
    // Combining marks fold to nothing: keep them with the letter they belong to.
    while (end < text.length && COMBINING.test(text[end]!)) end++;
    ranges.push({ start, end });
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
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = nextSpace(text, start, first ? first.start : text.length);
    if (space !== -1) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = previousSpace(text, end, first ? first.end : start + 1);
    if (space !== -1) end = space;
  }
  const marks = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  // One space per whitespace character keeps the marks' offsets valid.
  return { text: text.slice(start, end).replace(/\s/g, ' '), marks, before: start > 0, after: end < text.length };
}

const SPACE = /\s/;

/** The first whitespace at or after `from` and before `limit`, or -1. */
function nextSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (SPACE.test(text[i]!)) return i;
  return -1;
}

/** The last whitespace at or before `from` and not before `limit`, or -1. */
function previousSpace(text: string, from: number, limit: number): number {
  for (let i = from; i >= limit; i--) if (SPACE.test(text[i]!)) return i;
  return -1;
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
