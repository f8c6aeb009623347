import { describe, expect, it } from 'vitest';
import { layoutBook, CHECKLIST_ANCHOR, SOURCES_ANCHOR, SUMMARY_ANCHOR } from '../../../renderer/src/domain/book/layout.js';
import { printedAnnotations } from '../../../renderer/src/domain/book/annotations.js';
import { checklistRows } from '../../../renderer/src/domain/book/checklist.js';
import { sourceCitation } from '../../../renderer/src/domain/book/sources.js';
import { addBriefEntries, addSection, moveEntry, removeEntry, updateEntry } from '../../../renderer/src/domain/book/entries.js';
import { briefIdOfPrint, singleBriefBook, singleBriefPrintId } from '../../../renderer/src/domain/book/single-brief.js';
import type { BookEntry } from '../../../renderer/src/domain/types.js';
import { annotation, book, brief, item } from './records.js';

const APPENDIX = { summary: 'Summary', checklist: 'Checklist', sources: 'Sources' };
const entry = (kind: BookEntry['kind'], id: string, note = ''): BookEntry => ({ kind, id, title: kind === 'section' ? `Section ${id}` : '', note });

describe('layoutBook', () => {
  const briefs = new Map([brief('b1', 'Harbour Accord'), brief('b2', 'River Commission'), brief('gone', 'Trashed', { deletedAt: 5 })].map((b) => [b.id, b]));

  it('lists the summary, sections, briefs (nested under sections) and appendices in book order', () => {
    const layout = layoutBook(
      { book: book([entry('brief', 'b1', 'Why: ports'), entry('section', 's1'), entry('brief', 'b2')]), briefs, annotations: new Map(), items: [] },
      APPENDIX,
    );
    expect(layout.contents).toEqual([
      { anchor: SUMMARY_ANCHOR, title: 'Summary', level: 1 },
      { anchor: 'entry-1', title: 'Harbour Accord', level: 1 },
      { anchor: 'entry-2', title: 'Section s1', level: 1 },
      { anchor: 'entry-3', title: 'River Commission', level: 2 },
      { anchor: CHECKLIST_ANCHOR, title: 'Checklist', level: 1 },
      { anchor: SOURCES_ANCHOR, title: 'Sources', level: 1 },
    ]);
    expect(layout.parts[0]).toMatchObject({ kind: 'brief', note: 'Why: ports', level: 1 });
  });

  it('leaves out missing, trashed and repeated briefs, and appendices that are switched off', () => {
    const layout = layoutBook(
      { book: book([entry('brief', 'b1'), entry('brief', 'missing'), entry('brief', 'gone'), entry('brief', 'b1')], { checklist: false, sources: false, summary: false }), briefs, annotations: new Map(), items: [] },
      APPENDIX,
    );
    expect(layout.contents.map((c) => c.title)).toEqual(['Harbour Accord']);
    expect(layout.summary).toBeNull();
    expect(layout.checklist).toBeNull();
    expect(layout.sources).toBeNull();
  });

  it('numbers endnotes per brief, restarting at 1', () => {
    const annotations = new Map([
      ['b1', [annotation('a', 10, { note: 'first' }), annotation('b', 30, { note: 'second' })]],
      ['b2', [{ ...annotation('c', 5, { note: 'other brief' }), briefId: 'b2' }]],
    ]);
    const layout = layoutBook({ book: book([entry('brief', 'b1'), entry('brief', 'b2')]), briefs, annotations, items: [] }, APPENDIX);
    const notes = layout.parts.map((p) => (p.kind === 'brief' ? p.endnotes.map((n) => [n.number, n.note]) : []));
    expect(notes).toEqual([[[1, 'first'], [2, 'second']], [[1, 'other brief']]]);
  });
});

describe('printedAnnotations', () => {
  const annotations = [
    annotation('late', 50, { note: 'Ask the minister' }),
    annotation('plain', 20),
    annotation('early', 10, { note: '  Check the figures  ' }),
    annotation('lost', 5, { note: 'orphan', orphaned: true }),
  ];

  it('numbers notes in reading order and skips orphans', () => {
    const { highlights, endnotes } = printedAnnotations(annotations, 'notes');
    expect(highlights.map((h) => [h.id, h.endnote])).toEqual([['early', 1], ['plain', null], ['late', 2]]);
    expect(endnotes).toEqual([
      { number: 1, quote: 'quote early', note: 'Check the figures' },
      { number: 2, quote: 'quote late', note: 'Ask the minister' },
    ]);
  });

  it('prints highlights without notes, or nothing, as the option says', () => {
    const highlightsOnly = printedAnnotations(annotations, 'highlights');
    expect(highlightsOnly.highlights).toHaveLength(3);
    expect(highlightsOnly.endnotes).toEqual([]);
    expect(highlightsOnly.highlights.every((h) => h.endnote === null)).toBe(true);
    expect(printedAnnotations(annotations, 'none')).toEqual({ highlights: [], endnotes: [] });
  });
});

describe('checklistRows', () => {
  const titles = new Map([['b1', 'Harbour Accord'], ['b2', 'River Commission']]);

  it('keeps items of the book with a selected status, ordered by status, then due date', () => {
    const rows = checklistRows(
      [
        item('blocked', ['b2'], 'blocked'),
        item('open-late', ['b1'], 'open', '2032-09-01'),
        item('open-undated', ['b1'], 'open'),
        item('open-soon', ['b2', 'b1'], 'open', '2032-03-01'),
        item('done', ['b1'], 'done'),
        item('elsewhere', ['other'], 'open'),
      ],
      ['open', 'blocked'],
      titles,
    );
    expect(rows.map((r) => r.id)).toEqual(['open-soon', 'open-late', 'open-undated', 'blocked']);
    expect(rows[0]!.sources).toEqual(['Harbour Accord', 'River Commission']);
  });

  it('is empty when no status is selected', () => {
    expect(checklistRows([item('x', ['b1'], 'open')], [], titles)).toEqual([]);
  });
});

describe('sources appendix', () => {
  it('records a brief with its retrieval date (UTC day of import) and content hash', () => {
    expect(sourceCitation(brief('b1', 'Harbour Accord'))).toMatchObject({ title: 'Harbour Accord', byline: 'A. Writer', publisher: 'The Gazette (fictional)', retrievedAt: '2032-03-04', contentHash: 'hash-b1' });
  });

  it('cites the names of a stored byline that still carries a date, and dates an undated brief from it', () => {
    const dated = brief('b2', 'Library Extension', { byline: 'Ana Torres, 14 May 2031', source: { name: '', url: '', publishedAt: null } });
    expect(sourceCitation(dated)).toMatchObject({ byline: 'Ana Torres', publishedAt: '2031-05-14' });
    expect(sourceCitation({ ...dated, source: { ...dated.source, publishedAt: '2031-06-01' } }).publishedAt).toBe('2031-06-01');
  });
});

describe('entry editing', () => {
  const entries = [entry('brief', 'a'), entry('brief', 'b'), entry('section', 's')];

  it('moves an entry and clamps the target', () => {
    expect(moveEntry(entries, 2, 0).map((e) => e.id)).toEqual(['s', 'a', 'b']);
    expect(moveEntry(entries, 0, 99).map((e) => e.id)).toEqual(['b', 's', 'a']);
    expect(moveEntry(entries, 1, 1).map((e) => e.id)).toEqual(['a', 'b', 's']);
  });

  it('adds only briefs not in the book yet, once each', () => {
    const next = addBriefEntries(entries, [{ id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'c', title: 'C' }]);
    expect(next.map((e) => e.id)).toEqual(['a', 'b', 's', 'c']);
    expect(next[3]).toEqual({ kind: 'brief', id: 'c', title: 'C', note: '' });
  });

  it('adds sections, removes and updates entries without touching the input', () => {
    const withSection = addSection(entries, 'new', 'Energy');
    expect(withSection.at(-1)).toEqual({ kind: 'section', id: 'new', title: 'Energy', note: '' });
    expect(removeEntry(entries, 1).map((e) => e.id)).toEqual(['a', 's']);
    expect(updateEntry(entries, 0, { note: 'Why' })[0]!.note).toBe('Why');
    expect(entries[0]!.note).toBe('');
  });
});

describe('single-brief print ids', () => {
  it('round-trips a brief id and composes a one-brief book without a checklist or a summary', () => {
    const id = singleBriefPrintId('b1');
    expect(briefIdOfPrint(id)).toBe('b1');
    expect(briefIdOfPrint('an-ordinary-book')).toBeNull();
    const b = singleBriefBook(brief('b1', 'Harbour Accord'), 'FOR OFFICIAL USE ONLY', 'Desk', 'Letter');
    expect(b).toMatchObject({ id, title: 'Harbour Accord', marking: 'FOR OFFICIAL USE ONLY', preparedBy: 'Desk', options: { paper: 'Letter', checklist: false, summary: false } });
    expect(b.entries).toEqual([{ kind: 'brief', id: 'b1', title: 'Harbour Accord', note: '' }]);
  });
});
