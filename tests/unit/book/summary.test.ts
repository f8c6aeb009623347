import { describe, expect, it } from 'vitest';
import { BRIEF_LINE_CHARS, SUMMARY_LIMITS, bookSummary, briefGist, clip, leadSentence, wantsSummary } from '../../../renderer/src/domain/book/summary.js';
import { layoutBook, SUMMARY_ANCHOR } from '../../../renderer/src/domain/book/layout.js';
import { preflightBook, unicodeRangeCoverage } from '../../../renderer/src/domain/book/preflight.js';
import type { Annotation, BookEntry } from '../../../renderer/src/domain/types.js';
import { annotation, book, brief, item } from './records.js';

const TITLES = { summary: 'Summary', checklist: 'Checklist', sources: 'Sources' };
const briefEntry = (id: string): BookEntry => ({ kind: 'brief', id, title: '', note: '' });
const marked = (id: string, briefId: string, start: number, note: string): Annotation => ({ ...annotation(id, start, { note }), briefId, forPrincipal: true });

describe('clip', () => {
  it('keeps short text whole and cuts long text at a word boundary with an ellipsis', () => {
    expect(clip('  Two   words ', 20)).toBe('Two words');
    const cut = clip('The delegation arrives on Monday and leaves on Thursday evening', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe('The delegation arrives on…');
  });
});

describe('briefGist', () => {
  it('prefers the subtitle, then the excerpt, then the first sentence of prose in the body', () => {
    expect(briefGist(brief('b', 'Title', { subtitle: 'What the talks settled' }))).toBe('What the talks settled');
    expect(briefGist(brief('b', 'Title', { excerpt: 'An excerpt sentence here. And another.' }))).toBe('An excerpt sentence here.');
    const markdown = '# Heading\n\n- a list item that is long enough to count\n\n| a | b |\n\nThe **council** met on [Tuesday](https://example.org) to agree the budget. It then adjourned.';
    expect(briefGist(brief('b', 'Title', { markdown }))).toBe('The council met on Tuesday to agree the budget.');
  });

  it('gives nothing when the body has no prose or the title leaves no room on the line', () => {
    expect(briefGist(brief('b', 'Title', { markdown: '## Only a heading\n\n- short item' }))).toBeNull();
    expect(briefGist(brief('b', 'A very long title '.repeat(5), { subtitle: 'Never shown' }))).toBeNull();
  });

  it('keeps the title and gist within one printed line', () => {
    const gist = briefGist(brief('b', 'Short title', { subtitle: 'word '.repeat(60) }))!;
    expect('Short title'.length + gist.length).toBeLessThanOrEqual(BRIEF_LINE_CHARS);
    expect(gist.endsWith('…')).toBe(true);
  });

  it('reads a lead sentence only from prose paragraphs', () => {
    expect(leadSentence('> A quoted line that is long enough to count here\n\nToo short.')).toBe('');
  });
});

describe('bookSummary', () => {
  const b1 = brief('b1', 'Harbour Accord', { subtitle: 'Quotas for the winter run' });
  const b2 = brief('b2', 'River Commission', { markdown: '' });

  it('lists each brief in book order, with its source when it has no gist', () => {
    const summary = bookSummary([b1, b2], new Map(), []);
    expect(summary.briefs.shown.map((b) => [b.title, b.gist])).toEqual([['Harbour Accord', 'Quotas for the winter run'], ['River Commission', null]]);
    expect(summary.briefs.shown[1]).toMatchObject({ source: 'The Gazette (fictional)', publishedAt: '2032-01-02' });
  });

  it('reports items still owed on the book’s briefs, blocked first, then by due date', () => {
    const items = [
      item('open-late', ['b1'], 'open', '2032-05-01'),
      item('open-soon', ['b2'], 'open', '2032-04-01'),
      item('undated', ['b1'], 'in-progress'),
      item('blocked', ['b2', 'b1'], 'blocked'),
      item('done', ['b1'], 'done'),
      item('dismissed', ['b1'], 'dismissed'),
      item('suggested', ['b1'], 'suggested'),
      item('elsewhere', ['other'], 'open'),
    ];
    const summary = bookSummary([b1, b2], new Map(), items);
    expect(summary.items.shown.map((i) => i.id)).toEqual(['blocked', 'open-soon', 'open-late', 'undated']);
    expect(summary.items.shown[0]).toMatchObject({ owner: 'Desk', due: null, brief: 'Harbour Accord', status: 'blocked' });
  });

  it('collects only the notes marked for the principal, in book and reading order, as plain text', () => {
    const annotations = new Map([
      ['b2', [marked('late', 'b2', 5, 'Raise the **dredging** costs<script>steal()</script>')]],
      ['b1', [marked('second', 'b1', 40, 'Second'), { ...annotation('unmarked', 1, { note: 'Private' }) }, marked('first', 'b1', 10, 'First')]],
    ]);
    const summary = bookSummary([b1, b2], annotations, []);
    expect(summary.notes.shown.map((n) => [n.id, n.brief, n.note])).toEqual([
      ['first', 'Harbour Accord', 'First'],
      ['second', 'Harbour Accord', 'Second'],
      ['late', 'River Commission', 'Raise the dredging costs'],
    ]);
  });

  it('caps each list to keep the page to one page, counting what is left out', () => {
    const many = Array.from({ length: SUMMARY_LIMITS.briefs + 3 }, (_, i) => brief(`m${i}`, `Brief ${i}`));
    const items = Array.from({ length: SUMMARY_LIMITS.items + 2 }, (_, i) => item(`i${i}`, ['m0'], 'open'));
    const summary = bookSummary(many, new Map(), items);
    expect(summary.briefs.shown).toHaveLength(SUMMARY_LIMITS.briefs);
    expect(summary.briefs.more).toBe(3);
    expect(summary.items.more).toBe(2);
    expect(summary.notes).toEqual({ shown: [], more: 0 });
  });
});

describe('the summary in the book', () => {
  const briefs = new Map([brief('b1', 'Harbour Accord')].map((b) => [b.id, b]));

  it('is on unless the book turns it off, with its own contents entry first', () => {
    expect(wantsSummary(book([]).options)).toBe(true);
    const on = layoutBook({ book: book([briefEntry('b1')]), briefs, annotations: new Map(), items: [] }, TITLES);
    expect(on.contents[0]).toEqual({ anchor: SUMMARY_ANCHOR, title: 'Summary', level: 1 });
    expect(on.summary?.briefs.shown.map((b) => b.title)).toEqual(['Harbour Accord']);
    const off = layoutBook({ book: book([briefEntry('b1')], { summary: false }), briefs, annotations: new Map(), items: [] }, TITLES);
    expect(off.summary).toBeNull();
    expect(off.contents.map((c) => c.anchor)).not.toContain(SUMMARY_ANCHOR);
  });

  it('leaves pre-flight findings unchanged, even with nothing open and no notes', () => {
    const covered = unicodeRangeCoverage(['U+0000-024F,U+2000-206F']);
    const records = (summary: boolean) => ({ book: book([briefEntry('b1')], { summary, checklist: false }), briefs, annotations: new Map(), items: [] });
    expect(preflightBook(records(true), TITLES, { covered })).toEqual([]);
    expect(preflightBook(records(true), TITLES, { covered })).toEqual(preflightBook(records(false), TITLES, { covered }));
  });
});
