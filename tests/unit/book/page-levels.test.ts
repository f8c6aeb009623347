import { describe, expect, it } from 'vitest';
import { matchText, pageRanks } from '../../../main/services/page-levels.js';

const levels = (portions: { rank: number; text: string }[], bookRank = 0, floorRank = 0) => ({ portions, bookRank, floorRank });
const para = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('which levels landed on each page', () => {
  it('matches text across line breaks, hyphenation and ligatures', () => {
    expect(matchText('(SBU) The ﬁsh-\neries accord')).toBe('sbuthefisheriesaccord');
  });

  it('gives each page the highest level printed on it, and the cover the book’s', () => {
    const pages = ['Cover title', '(SBU) First brief title (SBU) ' + para('alpha', 10), 'Second brief ' + para('beta', 10), '(CUI) ' + para('gamma', 10) + ' ' + para('delta', 10)];
    const { ranks, unplaced } = pageRanks(pages, levels([
      { rank: 2, text: '(SBU) First brief title' },
      { rank: 2, text: '(SBU) ' + para('alpha', 10) },
      { rank: 0, text: 'Second brief' },
      { rank: 0, text: para('beta', 10) },
      { rank: 3, text: '(CUI) ' + para('gamma', 10) },
      { rank: 0, text: para('delta', 10) },
    ], 3));
    expect(ranks).toEqual([3, 2, 0, 3]);
    expect(unplaced).toBe(0);
  });

  it('marks the next page too when a portion runs onto it, with the footer’s text in between', () => {
    const long = para('word', 60);
    const words = long.split(' ');
    const pages = ['Cover', '(CUI) ' + words.slice(0, 40).join(' '), words.slice(40).join(' ') + ' ' + para('after', 12)];
    const { ranks } = pageRanks(pages, levels([{ rank: 3, text: '(CUI) ' + long }, { rank: 0, text: para('after', 12) }]));
    expect(ranks).toEqual([0, 3, 3]);
  });

  it('a portion it cannot find counts on every page between its found neighbours: higher, never lower', () => {
    const pages = ['Cover', para('one', 10), 'something else entirely', para('three', 10)];
    const { ranks, unplaced } = pageRanks(pages, levels([
      { rank: 0, text: para('one', 10) },
      { rank: 3, text: 'a paragraph the print does not hold' },
      { rank: 0, text: para('three', 10) },
    ]));
    expect(unplaced).toBe(1);
    expect(ranks).toEqual([0, 3, 3, 3]);
  });

  it('never prints a page below the level the user raised the book to', () => {
    const { ranks } = pageRanks(['Cover', 'plain text'], levels([{ rank: 0, text: 'plain text' }], 1, 1));
    expect(ranks).toEqual([1, 1]);
  });
});
