// How well the text around a candidate matches the context a selector remembered.
// Edits near a quote shift its context, so the comparison is anchored at the quote's side
// and free at the far side: an insertion of 5 characters costs 5, not 5 plus the 5 that fell
// off the far end of a fixed window.

/**
 * Edit distance between `pattern` and the best-matching end of `window`
 * (any number of leading `window` characters may be skipped for free).
 */
function endAnchoredDistance(pattern: string, window: string): number {
  const n = window.length;
  let prev = new Array<number>(n + 1).fill(0); // row 0: skipping leading window chars is free
  for (let i = 1; i <= pattern.length; i++) {
    const row = new Array<number>(n + 1);
    row[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitution = (prev[j - 1] ?? 0) + (p === window.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, (prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
    }
    prev = row;
  }
  return prev[n] ?? 0;
}

/** Plain Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (prev[j - 1] ?? 0) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, (prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const reverse = (s: string): string => [...s].reverse().join('');

/** Similarity (0..1) returned when a selector remembered no context on that side. */
const NO_CONTEXT_SIMILARITY = 0.5;

/** Similarity (0..1) between the remembered prefix and the text ending at `start`. */
export function prefixSimilarity(expected: string, text: string, start: number): number {
  if (expected.length === 0) return start === 0 ? 1 : NO_CONTEXT_SIMILARITY;
  const window = text.slice(Math.max(0, start - 2 * expected.length), start);
  return 1 - endAnchoredDistance(expected, window) / expected.length;
}

/** Similarity (0..1) between the remembered suffix and the text starting at `end`. */
export function suffixSimilarity(expected: string, text: string, end: number): number {
  if (expected.length === 0) return end === text.length ? 1 : NO_CONTEXT_SIMILARITY;
  const window = text.slice(end, end + 2 * expected.length);
  return 1 - endAnchoredDistance(reverse(expected), reverse(window)) / expected.length;
}
