import { describe, expect, it } from 'vitest';
import { furnitureRuns, overwideTables, preflightBook, unicodeRangeCoverage, unprintable } from '../../../renderer/src/domain/book/preflight.js';
import type { BookRecords } from '../../../renderer/src/domain/book/layout.js';
import type { Book, Brief } from '../../../renderer/src/domain/types.js';
import { book, brief, item } from './records.js';

const LATIN_ONLY = unicodeRangeCoverage(['U+0000-00FF,U+2000-206F', 'U+0100-017F']);
const TITLES = { summary: 'Summary', checklist: 'Checklist', sources: 'Sources' };

function records(briefs: Brief[], entries: Book['entries'] = briefs.map((b) => ({ kind: 'brief', id: b.id, title: '', note: '' })), extra: Partial<BookRecords> = {}): BookRecords {
  return { book: book(entries, { checklist: false }), briefs: new Map(briefs.map((b) => [b.id, b])), annotations: new Map(), items: [], ...extra };
}

describe('unicodeRangeCoverage', () => {
  it('answers membership over overlapping and single-point ranges', () => {
    const covered = unicodeRangeCoverage(['U+0041-005A,U+0061', 'U+0050-0070', 'U+4E00']);
    expect([0x41, 0x5a, 0x61, 0x70, 0x4e00].every(covered)).toBe(true);
    expect([0x40, 0x71, 0x4e01, 0x1f600].some(covered)).toBe(false);
  });
});

describe('single checks', () => {
  it('names characters no font draws, once each, ignoring spaces and invisible marks', () => {
    expect(unprintable('Hi 😀 😀 ok\u200d\ufe0f', LATIN_ONLY)).toEqual(['😀']);
  });

  it('counts columns of Markdown tables wider than the page can hold', () => {
    const wide = `| ${Array.from({ length: 14 }, (_, i) => `c${i}`).join(' | ')} |\n|${'---|'.repeat(14)}\n| x |`;
    expect(overwideTables(wide)).toEqual([14]);
    expect(overwideTables('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual([]);
  });

  it('finds menu-like runs of short links, and short runs at the very top', () => {
    const menu = ['[Home](/)', '[World](/w)', '[Business](/b)', '[Sport](/s)', '[Opinion](/o)'].map((l) => `- ${l}`).join('\n');
    expect(furnitureRuns(`${menu}\n\nThe minister arrived on Tuesday and spoke for an hour about trade.`)).toEqual(['Home · World · Business · Sport · Opinion']);
    expect(furnitureRuns('Home\nNews\nSport\nWeather\nContact us\n\nThe minister arrived on Tuesday and spoke at length.')).toHaveLength(1);
    // A short list inside the text, not links: a list of countries is content.
    expect(furnitureRuns('The talks include:\n\n- Mexico\n- Canada\n- Chile\n- Peru\n- Brazil\n\nEach sends a minister to the meeting.')).toEqual([]);
  });
});

describe('preflightBook', () => {
  it('reports each kind of finding on the brief it is about', () => {
    const garbled = new TextDecoder('windows-1252').decode(new TextEncoder().encode('déjà vu'));
    const findings = preflightBook(
      records([
        brief('b1', 'Emoji brief', { markdown: 'Thumbs 👍 up.' }),
        brief('b2', 'Garbled brief', { markdown: `A ${garbled} moment.` }),
        brief('b3', 'Unsourced brief', { source: { name: '', url: '', publishedAt: null }, fileName: 'notes.txt' }),
        { ...brief('b4', 'Guessed brief'), titleGuessed: true } as Brief,
        brief('b5', 'Empty brief', { markdown: '  ' }),
      ]),
      TITLES,
      { covered: LATIN_ONLY },
    );
    expect(findings.map((f) => [f.kind, f.briefId])).toEqual([
      ['no-font', 'b1'],
      ['mojibake', 'b2'],
      ['no-source', 'b3'],
      ['guessed-title', 'b4'],
      ['empty-section', 'b5'],
    ]);
    expect(findings[0]!.sample).toBe('👍');
    expect(findings[1]!.sample).toContain('Ã');
  });

  it('flags a section with nothing under it and an empty checklist, counting suggestions waiting for review', () => {
    const b = brief('b1', 'Only brief');
    const r = records([b], [
      { kind: 'section', id: 's1', title: 'Empty part', note: '' },
      { kind: 'section', id: 's2', title: 'Full part', note: '' },
      { kind: 'brief', id: 'b1', title: '', note: '' },
    ], { items: [item('i1', ['b1'], 'suggested'), item('i2', ['b1'], 'suggested')] });
    r.book.options.checklist = true;
    const findings = preflightBook(r, TITLES, { covered: LATIN_ONLY });
    expect(findings).toEqual([
      { kind: 'empty-section', briefId: null, where: 'Empty part', sample: '' },
      { kind: 'empty-section', briefId: null, where: 'Checklist', sample: '2' },
    ]);
  });

  it('finds nothing in a clean book', () => {
    expect(preflightBook(records([brief('b1', 'Clean brief')]), TITLES, { covered: LATIN_ONLY })).toEqual([]);
  });
});
