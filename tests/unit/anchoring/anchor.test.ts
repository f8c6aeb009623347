import { describe, expect, it } from 'vitest';
import { anchor, describeRange, MIN_ANCHOR_SCORE, reanchorAll } from '../../../renderer/src/domain/anchoring/index.js';

const TEXT =
  'The delegations met in Feldmark on Monday. The ministers agreed to a joint patrol along the corridor. ' +
  'Customs officers will inspect trucks once. Later, the ministers agreed to a joint patrol of the river as well.';

const spanOf = (text: string, quote: string, from = 0): [number, number] => {
  const i = text.indexOf(quote, from);
  return [i, i + quote.length];
};

describe('describeRange', () => {
  it('keeps the quote, 32 characters of context on each side and the position', () => {
    const [s, e] = spanOf(TEXT, 'joint patrol along the corridor');
    const sel = describeRange(TEXT, s, e);
    expect(sel.quote.exact).toBe('joint patrol along the corridor');
    expect(sel.quote.prefix).toBe(TEXT.slice(s - 32, s));
    expect(sel.quote.prefix).toHaveLength(32);
    expect(sel.quote.suffix).toBe(TEXT.slice(e, e + 32));
    expect(sel.position).toEqual({ start: s, end: e });
  });

  it('clips context at the ends of the text and rejects impossible ranges', () => {
    expect(describeRange(TEXT, 0, 3).quote.prefix).toBe('');
    expect(describeRange(TEXT, TEXT.length - 5, TEXT.length).quote.suffix).toBe('');
    expect(() => describeRange(TEXT, 10, 5)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  const [s, e] = spanOf(TEXT, 'joint patrol along the corridor');
  const selector = describeRange(TEXT, s, e);

  it('finds an unchanged quote at its old position', () => {
    expect(anchor(TEXT, selector)).toEqual({ status: 'exact', start: s, end: e, score: 1 });
  });

  it('follows the quote when text before it is inserted', () => {
    const edited = 'Summary: talks went well. ' + TEXT;
    const r = anchor(edited, selector);
    expect(r).toMatchObject({ status: 'exact', start: s + 26, end: e + 26 });
  });

  it('tells two identical quotes apart by their context', () => {
    const [s2, e2] = spanOf(TEXT, 'the ministers agreed to a joint patrol', 150);
    const second = describeRange(TEXT, s2, e2);
    const edited = TEXT.replace('Customs officers', 'Border and customs officers');
    const r = anchor(edited, second);
    expect(r.status).toBe('exact');
    if (r.status !== 'orphan') expect(r.start).toBe(edited.lastIndexOf('the ministers agreed to a joint patrol'));
  });

  it('places a quote whose words were lightly edited as fuzzy, on the edited words', () => {
    const edited = TEXT.replace('joint patrol along the corridor', 'joint naval patrol along the corridor');
    const r = anchor(edited, selector);
    expect(r.status).toBe('fuzzy');
    if (r.status === 'orphan') return;
    expect(edited.slice(r.start, r.end)).toBe('joint naval patrol along the corridor');
    expect(r.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
    expect(r.score).toBeLessThan(1);
  });

  it('orphans a quote that was rewritten beyond recognition rather than guessing', () => {
    const edited = TEXT.replace('joint patrol along the corridor', 'shared radar network for the valley');
    expect(anchor(edited, selector).status).toBe('orphan');
  });

  it('does not move a deleted quote onto a similar phrase elsewhere', () => {
    const [s1, e1] = spanOf(TEXT, 'The ministers agreed to a joint patrol along the corridor.');
    const sentence = describeRange(TEXT, s1, e1);
    const edited = TEXT.replace('The ministers agreed to a joint patrol along the corridor. ', '');
    expect(anchor(edited, sentence).status).toBe('orphan');
  });

  it('needs near-intact context for a short quote, and never lands inside a longer word', () => {
    const [s1, e1] = spanOf(TEXT, 'once');
    const short = describeRange(TEXT, s1, e1);
    expect(anchor(TEXT, short)).toMatchObject({ status: 'exact', start: s1 });
    // Same word, entirely new surroundings: no evidence it is the same "once".
    const elsewhere = 'At once the talks resumed, and nobody looked back on that week at all since.';
    expect(anchor(elsewhere, short).status).toBe('orphan');
    // After a 5-character insertion, the old position of "the" falls on the "the" inside "whether".
    const text = 'Analysts wonder whether the two governments agree.';
    const at = text.indexOf(' the ') + 1;
    const the = describeRange(text, at, at + 3);
    const shifted = 'Now, ' + text;
    expect(shifted.slice(at, at + 3)).toBe('the');
    expect(anchor(shifted, the)).toMatchObject({ status: 'exact', start: at + 5, end: at + 8 });
  });

  it('lets the minimum score alone decide an intact quote that moved far into half-familiar surroundings', () => {
    // Every other gate passes (whole quote, context above the length's minimum): the score is
    // what tells these two apart, so a lower threshold would place the first on a guess.
    const quote = 'the delegation will publish the customs timetable before the summit';
    const before = 'At the morning briefing in the old chancery, ';
    const filler = 'Fishing quotas for the northern banks were discussed at length by the other committee. '.repeat(30);
    const original = `${before}${quote}, according to two officials present at the talks.\n\n${filler}`;
    const selector = describeRange(original, before.length, before.length + quote.length);

    const strangers = `${filler}\n\nAt the evening dinner in the new embassy, ${quote}, according to three diplomats present at dinner.`;
    const guess = anchor(strangers, selector, { minScore: 0 });
    expect(guess.status).toBe('exact');
    expect(guess.status === 'exact' && guess.score).toBeLessThan(MIN_ANCHOR_SCORE);
    expect(anchor(strangers, selector)).toMatchObject({ status: 'orphan', reason: expect.stringContaining('below the confidence threshold') });

    const familiar = `${filler}\n\nAt the morning meeting in the new chancery, ${quote}, said two officials present at the talks.`;
    const kept = anchor(familiar, selector);
    expect(kept).toMatchObject({ status: 'exact', start: familiar.indexOf(quote) });
    expect(kept.status === 'exact' && kept.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
  });

  it('orphans an empty quote', () => {
    expect(anchor(TEXT, describeRange(TEXT, 5, 5))).toEqual({ status: 'orphan', reason: 'empty quote' });
  });
});

describe('reanchorAll', () => {
  it('counts exact, moved and orphaned annotations and re-describes placed ones', () => {
    const quotes = ['Feldmark on Monday', 'Customs officers will inspect trucks once', 'joint patrol of the river'];
    const selectors = quotes.map((q) => describeRange(TEXT, ...spanOf(TEXT, q)));
    const edited = TEXT.replace('Customs officers', 'Customs officials').replace('joint patrol of the river as well', 'new bridge toll');
    const { outcomes, counts } = reanchorAll(edited, selectors);
    expect(counts).toEqual({ exact: 1, moved: 1, orphaned: 1 });
    expect(outcomes.map((o) => o.result.status)).toEqual(['exact', 'fuzzy', 'orphan']);
    expect(outcomes[1]?.selector.quote.exact).toBe('Customs officials will inspect trucks once');
    expect(outcomes[2]?.selector).toBe(selectors[2]);
  });
});
