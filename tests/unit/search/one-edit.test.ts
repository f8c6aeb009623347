import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withinOneEdit } from '../../../renderer/src/domain/search/one-edit.js';

/** Damerau distance with adjacent swaps (optimal string alignment), the slow way, as the reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('withinOneEdit', () => {
  it('accepts one added, dropped, changed or swapped letter, and nothing else', () => {
    expect(withinOneEdit('sheinbum', 'sheinbaum')).toBe(true);
    expect(withinOneEdit('sheinbaum', 'sheinbum')).toBe(true);
    expect(withinOneEdit('treaty', 'traety')).toBe(true);
    expect(withinOneEdit('treaty', 'treatx')).toBe(true);
    expect(withinOneEdit('treaty', 'treaty')).toBe(false);
    expect(withinOneEdit('treaty', 'tretay')).toBe(true);
    expect(withinOneEdit('treaty', 'ytaert')).toBe(false);
    expect(withinOneEdit('treaty', 'treaties')).toBe(false);
  });

  it('agrees with the edit distance on random words over a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === (distance(a, b) === 1)), { seed: 20261201, numRuns: 2000 });
  });
});
