// A drag by mouse stops wherever the pointer let go, often inside a word. A redaction that keeps
// the last letters of a name ("…ja r") still tells a reader the name, so a redacted span grows to
// whole words, and loses the spaces at its edges.

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

/** The smallest span of whole words that holds [start, end) of `text`, without edge whitespace. */
export function wholeWordSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (s === e) return { start: s, end: e };
  while (s > 0 && WORD.test(text[s - 1] ?? '') && WORD.test(text[s] ?? '')) s--;
  while (e < text.length && WORD.test(text[e] ?? '') && WORD.test(text[e - 1] ?? '')) e++;
  return { start: s, end: e };
}
