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

/**
 * Case- and diacritic-free form. Only runs of non-ASCII characters are normalized (ASCII letters
 * neither decompose nor reorder with marks, so this equals normalizing the whole text): a brief
 * with a few accented names folds several times faster.
 */
export const fold = (s: string): string => (NON_ASCII.test(s) ? s.replace(NON_ASCII_RUNS, stripMarks) : s).toLowerCase();

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_RUNS = /[\u0080-\uffff]+/g;
const stripMarks = (run: string): string => run.normalize('NFD').replace(/\p{M}/gu, '');

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
