import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery } from '../../../renderer/src/domain/search/query.js';
import { buildSnippet, matchRanges, mergeRanges, snippetParts } from '../../../renderer/src/domain/search/snippet.js';
import { findAll, fold, foldWithMap } from '../../../renderer/src/domain/search/find.js';

const terms = (q: string, typing = false) => parseQuery(q, { typing }).terms;
const marked = (text: string, q: string, typing = false) => matchRanges(text, terms(q, typing)).map((r) => text.slice(r.start, r.end));

describe('matchRanges', () => {
  it('finds whole words regardless of accents and case, with offsets into the original text', () => {
    expect(marked('Minister López met LOPEZ and lopezia.', 'lopez')).toEqual(['López', 'LOPEZ']);
  });

  it('finds prefixes and phrases across punctuation', () => {
    expect(marked('Diplomats, diplomacy and a diploma.', 'diplomac*')).toEqual(['diplomacy']);
    expect(marked('The customs — union talks; customs officers.', '"customs union"')).toEqual(['customs — union']);
    expect(marked('Harbour habits', 'har', true)).toEqual(['Harbour']);
  });

  it('keeps offsets right when the text holds decomposed accents or expanding characters', () => {
    const text = 'Cafe\u0301 talks in 한국 with José';
    expect(marked(text, 'jose')).toEqual(['José']);
    expect(marked(text, 'cafe')).toEqual(['Cafe\u0301']);
  });
});

describe('matchRanges within a span', () => {
  it('stops after the first match plus the span, which is all a snippet shows', () => {
    const text = `customs ${'filler '.repeat(40)}customs at the end`;
    expect(matchRanges(text, terms('customs'))).toHaveLength(2);
    expect(matchRanges(text, terms('customs'), undefined, 160)).toEqual([{ start: 0, end: 7 }]);
    const near = 'customs and customs again';
    expect(matchRanges(near, terms('customs'), undefined, 160)).toHaveLength(2);
  });
});

describe('buildSnippet', () => {
  const body = `${'Opening remarks on fisheries. '.repeat(20)}The grain corridor reopened on Tuesday after talks. ${'Closing notes on weather. '.repeat(20)}`;

  it('centres on the first match, cuts at word boundaries and marks the match', () => {
    const snippet = buildSnippet(body, matchRanges(body, terms('corridor')), 120);
    expect(snippet.before).toBe(true);
    expect(snippet.after).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(120);
    expect(snippet.text.startsWith(' ')).toBe(false);
    expect(snippet.marks).toHaveLength(1);
    expect(snippet.text.slice(snippet.marks[0]!.start, snippet.marks[0]!.end)).toBe('corridor');
  });

  it('shows the start of the text when nothing matched', () => {
    const snippet = buildSnippet('Short note.\nSecond line.', []);
    expect(snippet).toEqual({ text: 'Short note. Second line.', marks: [], before: false, after: false });
  });

  it('splits into plain and marked parts that rebuild the text', () => {
    const parts = snippetParts('a grain corridor', [{ start: 2, end: 7 }]);
    expect(parts).toEqual([
      { text: 'a ', marked: false },
      { text: 'grain', marked: true },
      { text: ' corridor', marked: false },
    ]);
  });

  it('merges overlapping and touching ranges', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 6 }])).toEqual([{ start: 0, end: 9 }]);
  });

  it('never marks outside the snippet and always marks what the query matched (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('trade', 'Tráde', 'talks', 'port', 'x', '—', '\n'), { maxLength: 80 }), (words) => {
        const text = words.join(' ');
        const snippet = buildSnippet(text, matchRanges(text, terms('trade')), 60);
        for (const m of snippet.marks) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(snippet.text.length);
          expect(fold(snippet.text.slice(m.start, m.end))).toBe('trade');
        }
      }),
    );
  });
});

describe('folding', () => {
  it('maps folded offsets back to the original text on the ASCII fast path and beyond', () => {
    const { folded, map } = foldWithMap('AbC Ñu');
    expect(folded).toBe('abc nu');
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(findAll('Visit to LÓPEZ and López', 'lopez')).toEqual([
      { start: 9, end: 14 },
      { start: 19, end: 24 },
    ]);
  });

  it('folds like normalizing the whole text, though only non-ASCII runs are normalized (property)', () => {
    const reference = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const piece = fc.constantFrom('a', 'Z', ' ', '-', 'é', 'e\u0301', '\u0301', 'İ', 'ı', 'Ç', 'ß', 'Ø', 'ǅ', 'ﬁ', 'Σ', 'x\u0323\u0301', 'Å', '1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => fold(pieces.join('')) === reference(pieces.join(''))));
  });
});
