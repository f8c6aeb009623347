import { describe, expect, it } from 'vitest';
import { bylineMatches, dateMatches, quantile, scoreWords, scoringWords, summarize, textOfHtml, titleMatches } from '../../../tests/bench/fidelity-score.js';

describe('fidelity scoring', () => {
  it('words are lower-case, accent-free runs of three or more letters or digits', () => {
    expect(scoringWords('Él café, 42 años: LA niña-ñandú a1b2 ok')).toEqual(['cafe', 'anos', 'nina', 'nandu', 'a1b2']);
  });

  it('counts words as a multiset: a repeated caption costs precision', () => {
    const s = scoreWords('The harbour opened. The harbour opened.', 'the harbour opened today');
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.precision).toBeCloseTo(3 / 6);
  });

  it('a kept menu lowers precision but not recall', () => {
    const s = scoreWords('Home News Sport\nRain fell on the city all night', 'Rain fell on the city all night');
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo(6 / 9);
  });

  it('empty sides score 1 rather than dividing by zero', () => {
    expect(scoreWords('', 'abc def')).toEqual({ recall: 0, precision: 1 });
    expect(scoreWords('abc', '')).toEqual({ recall: 1, precision: 0 });
  });

  it('titles match when equal or when one contains the other and the shorter has 12 characters', () => {
    expect(titleMatches('River  Floods', 'river floods')).toBe(true);
    expect(titleMatches('River floods in the north', 'River floods in the north | Daily Post')).toBe(true);
    expect(titleMatches('Floods', 'Floods | Daily Post')).toBe(false);
    expect(titleMatches('', '')).toBe(false);
    expect(titleMatches('Another headline entirely', 'River floods in the north')).toBe(false);
  });

  it('reads the text of HTML without tags, scripts or entities', () => {
    expect(textOfHtml('<p>Caf&eacute; &amp; bar&#8217;s <b>menu</b></p><script>var x = 1;</script>&#x41;')).toBe('Caf&eacute; & bar’s menu A');
  });

  it('quantiles interpolate between sorted values', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('summarizes pages into the four figures', () => {
    const s = summarize([
      { titleRight: true, recall: 1, precision: 0.5 },
      { titleRight: false, recall: 0.8, precision: 1 },
    ]);
    expect(s).toEqual({ pages: 2, titlesRight: 0.5, medianRecall: 0.9, medianPrecision: 0.75, lowerQuartilePrecision: 0.625 });
  });
});

describe('fidelity metadata checks', () => {
  it('bylines match without their "By" and spacing, one containing the other', () => {
    expect(bylineMatches('Ana Ruiz', 'By  Ana Ruiz\n')).toBe(true);
    expect(bylineMatches('Ana Ruiz, Staff Writer', 'Ana Ruiz')).toBe(true);
    expect(bylineMatches('', 'Ana Ruiz')).toBe(false);
    expect(bylineMatches('Tom Hale', 'Ana Ruiz')).toBe(false);
    expect(bylineMatches('Ana Ruiz and Tom Hale', 'Ana Ruiz, Tom Hale')).toBe(true);
  });

  it('dates match on the calendar day as written', () => {
    expect(dateMatches('2015-04-30', '2015-04-30T07:19:58')).toBe(true);
    expect(dateMatches('2015-04-29', '2015-04-30T07:19:58')).toBe(false);
    expect(dateMatches(null, '2015-04-30')).toBe(false);
  });
});
