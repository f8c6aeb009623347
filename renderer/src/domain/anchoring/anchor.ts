// Finding where a remembered selector now sits in a (possibly edited) rendered text.
// Order: the old position if the quote is still there, then exact occurrences of the quote,
// then approximate occurrences, else orphan. Every candidate is scored the same way and must
// pass the same gates: placing a note on the wrong words is worse than orphaning it.
import search from 'approx-string-match';
import type { Selector } from '../types.js';
import { editDistance, prefixSimilarity, suffixSimilarity } from './context-similarity.js';

export type AnchorResult =
  | { status: 'exact' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: string };

export interface AnchorOptions {
  /** Overrides MIN_ANCHOR_SCORE (tests and tuning only). */
  minScore?: number;
}

/**
 * score = 0.50·quote + 0.20·prefix + 0.20·suffix + 0.10·position, each term in 0..1:
 *   quote    = 1 − editErrors / quoteLength        (1 for an exact occurrence)
 *   prefix   = 1 − editDistance(rememberedPrefix, text before the candidate) / prefixLength
 *   suffix   = the same for the text after it
 *   position = 1 − |candidateStart − rememberedStart| / textLength
 * A candidate is accepted when score ≥ MIN_ANCHOR_SCORE and it passes the gates below.
 * 0.75 means, e.g., a quote with 20 % of it rewritten needs at least half its context intact
 * on average, and an intact quote whose context is entirely different is rejected.
 */
export const MIN_ANCHOR_SCORE = 0.75;

/** Approximate matches may differ from the quote by at most this fraction of its length. */
export const MAX_QUOTE_ERROR_RATE = 0.25;

/** Quotes shorter than this are only matched exactly, and need their context to be near intact. */
export const SHORT_QUOTE_LENGTH = 8;

/** Candidates kept per search, so a quote like "the" cannot make anchoring quadratic. */
const MAX_CANDIDATES = 2000;

/** Context similarity at which the old position is taken without looking elsewhere. */
const INTACT_CONTEXT = 0.95;
/** Context similarity at which the best exact occurrence is taken without an approximate search. */
const CONFIDENT_CONTEXT = 0.75;
/** Score lead a short quote's best place needs over the next one. */
const SHORT_QUOTE_MARGIN = 0.03;

const WEIGHTS = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 } as const;

interface Candidate {
  start: number;
  end: number;
  /** Edit errors between the quote and text[start, end). */
  errors: number;
}

interface Scored extends Candidate {
  score: number;
  quoteSim: number;
  contextSim: number;
}

/** How much of the context (mean of prefix and suffix similarity) a quote of this length needs. */
function requiredContext(quoteLength: number): number {
  if (quoteLength < SHORT_QUOTE_LENGTH) return 0.75;
  if (quoteLength < 32) return 0.55;
  return 0.3;
}

function scoreCandidate(text: string, selector: Selector, c: Candidate): Scored {
  const { exact, prefix, suffix } = selector.quote;
  const quoteSim = 1 - c.errors / exact.length;
  const p = prefixSimilarity(prefix, text, c.start);
  const s = suffixSimilarity(suffix, text, c.end);
  const position = 1 - Math.min(1, Math.abs(c.start - selector.position.start) / Math.max(1, text.length));
  const score = WEIGHTS.quote * quoteSim + WEIGHTS.prefix * p + WEIGHTS.suffix * s + WEIGHTS.position * position;
  return { ...c, score, quoteSim, contextSim: (p + s) / 2 };
}

function acceptable(c: Scored, quoteLength: number, minScore: number): boolean {
  return c.score >= minScore && c.quoteSim >= 1 - MAX_QUOTE_ERROR_RATE && c.contextSim >= requiredContext(quoteLength);
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * A short quote that was a whole word must still be one: "the" must not land inside "whether".
 * (Longer quotes are exempt: an edit across their edge may legitimately leave them mid-word.)
 */
function keepsWordEdges(text: string, selector: Selector, c: Candidate): boolean {
  const { exact, prefix, suffix } = selector.quote;
  if (exact.length >= SHORT_QUOTE_LENGTH) return true;
  const startWasEdge = !(isWordChar(prefix.at(-1)) && isWordChar(exact[0]));
  const endWasEdge = !(isWordChar(exact.at(-1)) && isWordChar(suffix[0]));
  const startIsEdge = !(isWordChar(text[c.start - 1]) && isWordChar(text[c.start]));
  const endIsEdge = !(isWordChar(text[c.end - 1]) && isWordChar(text[c.end]));
  return (!startWasEdge || startIsEdge) && (!endWasEdge || endIsEdge);
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < MAX_CANDIDATES; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/** Every index where `needle` occurs (capped). */
function occurrences(text: string, needle: string): number[] {
  return exactOccurrences(text, needle).map((c) => c.start);
}

/**
 * Approximate occurrences. approx-string-match only reports the lowest-error matches of a
 * search, so one far-away near-copy would hide the edited original: besides the whole text,
 * search windows around every place the quote is expected (old position, after each
 * occurrence of the prefix, before each occurrence of the suffix).
 */
function fuzzyOccurrences(text: string, selector: Selector): Candidate[] {
  const { exact, prefix, suffix } = selector.quote;
  const maxErrors = Math.max(1, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
  const slack = Math.max(64, 2 * maxErrors);
  const expectedStarts = [selector.position.start];
  if (prefix.length >= 16) expectedStarts.push(...occurrences(text, prefix).map((i) => i + prefix.length));
  if (suffix.length >= 16) expectedStarts.push(...occurrences(text, suffix).map((i) => i - exact.length));

  const byRange = new Map<string, Candidate>();
  const add = (offset: number, matches: Candidate[]): void => {
    for (const m of matches.slice(0, MAX_CANDIDATES)) {
      const c = { start: m.start + offset, end: m.end + offset, errors: m.errors };
      byRange.set(`${c.start}:${c.end}`, c);
    }
  };
  // A tight window finds the edited quote even when an exact copy sits a sentence away.
  for (const expected of expectedStarts) {
    for (const margin of [maxErrors + 4, slack]) {
      const from = Math.max(0, expected - margin);
      add(from, search(text.slice(from, expected + exact.length + margin), exact, maxErrors));
    }
  }
  add(0, search(text, exact, maxErrors));
  return [...byRange.values()];
}

/** How far refineEdges moves an approximate match's edges. */
const MAX_EDGE_SHIFT = 16;

/**
 * approx-string-match reports one start per end, and when an edit sits at the quote's edge it
 * may leave the edited word out ("naval patrol …" instead of "joint naval patrol …"). Try
 * nearby starts, then ends, and keep whichever scores best with its context.
 */
function refineEdges(text: string, selector: Selector, c: Scored): Scored {
  const k = Math.min(MAX_EDGE_SHIFT, Math.floor(selector.quote.exact.length * MAX_QUOTE_ERROR_RATE));
  const rescore = (start: number, end: number): Scored =>
    scoreCandidate(text, selector, { start, end, errors: editDistance(selector.quote.exact, text.slice(start, end)) });
  let top = c;
  for (let start = Math.max(0, c.start - k); start <= c.start + k && start < top.end; start++) {
    const s = rescore(start, top.end);
    if (s.score > top.score) top = s;
  }
  const fixedStart = top.start;
  for (let end = Math.max(fixedStart + 1, c.end - k); end <= Math.min(text.length, c.end + k); end++) {
    const s = rescore(fixedStart, end);
    if (s.score > top.score) top = s;
  }
  return top;
}

function best(scored: Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const c of scored) if (!top || c.score > top.score) top = c;
  return top;
}

function placed(text: string, selector: Selector, c: Scored): AnchorResult {
  const status = text.slice(c.start, c.end) === selector.quote.exact ? 'exact' : 'fuzzy';
  return { status, start: c.start, end: c.end, score: Math.round(c.score * 1000) / 1000 };
}

/** Where `selector` now sits in `text`, or why it cannot be placed with confidence. */
export function anchor(text: string, selector: Selector, opts: AnchorOptions = {}): AnchorResult {
  const minScore = opts.minScore ?? MIN_ANCHOR_SCORE;
  const quote = selector.quote.exact;
  if (quote.length === 0) return { status: 'orphan', reason: 'empty quote' };
  const accept = (c: Scored): boolean => acceptable(c, quote.length, minScore) && keepsWordEdges(text, selector, c);

  // 1. The old position, when the quote is still there with its context intact. With context
  //    merely similar, a shifted text may show other words there: let all occurrences compete.
  const { start, end } = selector.position;
  if (text.slice(start, end) === quote) {
    const here = scoreCandidate(text, selector, { start, end, errors: 0 });
    if (accept(here) && here.contextSim >= INTACT_CONTEXT) return placed(text, selector, here);
  }

  // 2. Exact occurrences, told apart by context and distance to the old position.
  const exact = exactOccurrences(text, quote)
    .filter((c) => keepsWordEdges(text, selector, c))
    .map((c) => scoreCandidate(text, selector, c));
  // A short quote placed by context alone must win clearly: two places that fit about as well
  // (an edit can make "espera a" look like "… a a") mean we cannot tell which one was meant.
  if (quote.length < SHORT_QUOTE_LENGTH) {
    const fitting = exact.filter(accept).sort((a, b) => b.score - a.score);
    const [top, runnerUp] = fitting;
    if (!top) return { status: 'orphan', reason: 'short quote without its context' };
    if (runnerUp && top.score - runnerUp.score < SHORT_QUOTE_MARGIN) return { status: 'orphan', reason: 'short quote fits several places' };
    return placed(text, selector, top);
  }
  const bestExact = best(exact);
  if (bestExact && accept(bestExact) && bestExact.contextSim >= CONFIDENT_CONTEXT) return placed(text, selector, bestExact);

  // 3. Approximate occurrences (long enough quotes only), competing with the exact ones.
  const fuzzy = fuzzyOccurrences(text, selector).map((c) => scoreCandidate(text, selector, c));
  const found = best([...exact, ...fuzzy]);
  if (!found) return { status: 'orphan', reason: 'quote not found' };
  const winner = found.errors > 0 ? refineEdges(text, selector, found) : found;
  if (accept(winner)) return placed(text, selector, winner);

  // 4. Orphan.
  return { status: 'orphan', reason: `best match scored ${winner.score.toFixed(2)}, below the confidence threshold` };
}
