// Typo tolerance: whether two words are one edit apart (a letter added, dropped, changed, or two
// neighbours swapped), checked in one pass without building a distance table.

/** Words shorter than this are matched exactly: at four letters one edit is another word. */
export const TYPO_MIN_LENGTH = 5;

export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // A swap of two neighbours, or one changed letter: the rest must then agree.
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2)) return true;
    return sameTail(a, i + 1, b, i + 1);
  }
  // One letter more in the longer word at the first difference.
  return la > lb ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/** `a.slice(ai) === b.slice(bi)` without making the slices: this runs for every word in a bucket. */
function sameTail(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}
