// Tailored editions: what an edition prints is exactly what it chose, and nothing of what it left out.
import { describe, expect, it } from 'vitest';
import { editionFileName, editionNameProblem, editionRecords, editionsSchema, findEdition, newEdition, recordsToPrint, type Edition } from '../../../renderer/src/domain/book/editions.js';
import { layoutBook } from '../../../renderer/src/domain/book/layout.js';
import { findSpans } from '../../../renderer/src/domain/redaction/match.js';
import { redactRecords } from '../../../renderer/src/domain/redaction/records.js';
import type { Annotation, BookEntry } from '../../../renderer/src/domain/types.js';
import { annotation, book, brief, item } from './records.js';

const APPENDIX = { summary: 'Summary', checklist: 'Checklist', sources: 'Sources' };
const entry = (kind: BookEntry['kind'], id: string): BookEntry => ({ kind, id, title: kind === 'section' ? `Section ${id}` : '', note: '' });
const on = (briefId: string, a: Annotation): Annotation => ({ ...a, briefId });

function records() {
  const full = book([entry('section', 's1'), entry('brief', 'b1'), entry('brief', 'b2'), entry('section', 's2'), entry('brief', 'b3')], { annotations: 'notes', checklist: true });
  const briefs = new Map([brief('b1', 'Harbour Accord'), brief('b2', 'River Commission', { markdown: 'The envoy Ines Varro met the delegates.' }), brief('b3', 'Grain Corridor')].map((b) => [b.id, b]));
  const annotations = new Map<string, Annotation[]>([
    ['b1', [{ ...on('b1', annotation('a1', 0, { note: 'Ask about tariffs' })), forPrincipal: true }]],
    ['b2', [on('b2', annotation('a2', 0, { note: 'Sensitive aside' })), { ...on('b2', annotation('r1', 4)), redaction: { reason: 'Source' } }]],
    ['b3', [on('b3', annotation('a3', 0, { note: 'Grain note' }))]],
  ]);
  const items = [item('i1', ['b1'], 'open'), item('i2', ['b2'], 'open'), item('i3', ['b3', 'b1'], 'blocked')];
  return { book: full, briefs, annotations, items };
}

const edition = (over: Partial<Edition> = {}): Edition => ({ ...newEdition(records().book, 'e1', 'Press'), ...over });

describe('editionRecords', () => {
  it('a new edition holds the whole book', () => {
    const all = records();
    const chosen = editionRecords(all, edition());
    expect(chosen.book.entries).toEqual(all.book.entries);
    expect([...chosen.briefs.keys()]).toEqual(['b1', 'b2', 'b3']);
    expect(chosen.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
  });

  it('prints only the briefs and sections it chose, in the book order, and no record of the others', () => {
    const chosen = editionRecords(records(), edition({ briefIds: ['b3', 'b1'], sections: ['s2'] }));
    expect(chosen.book.entries.map((e) => e.id)).toEqual(['b1', 's2', 'b3']);
    expect([...chosen.briefs.keys()]).toEqual(['b1', 'b3']);
    expect([...chosen.annotations.keys()]).toEqual(['b1', 'b3']);
    // An item is kept when it points into a chosen brief; one only about a left-out brief is not.
    expect(chosen.items.map((i) => i.id)).toEqual(['i1', 'i3']);
    const layout = layoutBook(chosen, APPENDIX);
    expect(layout.contents.map((c) => c.title)).toEqual(['Summary', 'Harbour Accord', 'Section s2', 'Grain Corridor', 'Checklist', 'Sources']);
    expect(layout.sources?.map((s) => s.title)).toEqual(['Harbour Accord', 'Grain Corridor']);
  });

  it('ignores ids the book does not hold (a brief taken out of the book after the edition chose it)', () => {
    const chosen = editionRecords(records(), edition({ briefIds: ['b1', 'not-in-book'], sections: ['nope'] }));
    expect(chosen.book.entries.map((e) => e.id)).toEqual(['b1']);
    expect([...chosen.briefs.keys()]).toEqual(['b1']);
  });

  it('without notes: highlights lose their words and nothing is marked for the principal; redactions stay', () => {
    const chosen = editionRecords(records(), edition({ includeNotes: false }));
    const all = [...chosen.annotations.values()].flat();
    expect(all.map((a) => a.note)).toEqual(['', '', '', '']);
    expect(all.some((a) => a.forPrincipal)).toBe(false);
    expect(all.filter((a) => a.redaction).map((a) => a.id)).toEqual(['r1']);
    expect(chosen.book.options.annotations).toBe('highlights');
    const layout = layoutBook(chosen, APPENDIX);
    expect(layout.parts.flatMap((p) => (p.kind === 'brief' ? p.endnotes : []))).toEqual([]);
    expect(layout.summary?.notes.shown).toEqual([]);
  });

  it('without items: no checklist appendix and no items on the summary', () => {
    const chosen = editionRecords(records(), edition({ includeItems: false }));
    expect(chosen.items).toEqual([]);
    const layout = layoutBook(chosen, APPENDIX);
    expect(layout.checklist).toBeNull();
    expect(layout.summary?.items.shown).toEqual([]);
  });

  it('its extra phrases go through the redaction pipeline with the rules', () => {
    const chosen = editionRecords(records(), edition({ briefIds: ['b2'], extraRedactions: ['Ines Varro'] }));
    const redacted = redactRecords(chosen, [], '[REDACTED]', edition({ extraRedactions: ['Ines Varro'] }).extraRedactions, 'Edition');
    // Bodies are redacted as they render (rendering/redact-dom.ts), with these matchers.
    expect(findSpans(chosen.briefs.get('b2')!.markdown, redacted.redactor.matchers)).toHaveLength(1);
  });
});

describe('recordsToPrint', () => {
  it('gives the full book without an edition, the edition\'s records with one, and nothing for an edition that is gone', () => {
    const all = records();
    const withEdition = { ...all, book: { ...all.book, editions: [edition({ briefIds: ['b1'] })] } };
    expect(recordsToPrint(withEdition).records).toBe(withEdition);
    const chosen = recordsToPrint(withEdition, 'e1');
    expect(chosen.edition?.name).toBe('Press');
    expect([...chosen.records!.briefs.keys()]).toEqual(['b1']);
    expect(chosen.records!.book.editions).toBeUndefined();
    expect(recordsToPrint(withEdition, 'gone')).toEqual({});
    expect(recordsToPrint(undefined, 'e1')).toEqual({});
  });
});

describe('edition names', () => {
  const withEditions = { editions: [edition(), { ...edition(), id: 'e2', name: 'Minister' }] };

  it('finds an edition by name regardless of case and outer spaces, or by id', () => {
    expect(findEdition(withEditions, '  press ')?.id).toBe('e1');
    expect(findEdition(withEditions, 'e2')?.name).toBe('Minister');
    expect(findEdition(withEditions, 'Embassy')).toBeUndefined();
    expect(findEdition({}, 'Press')).toBeUndefined();
  });

  it('refuses an empty, over-long or taken name, but lets an edition keep its own', () => {
    expect(editionNameProblem(withEditions, ' ')).toBe('empty');
    expect(editionNameProblem(withEditions, 'x'.repeat(101))).toBe('too-long');
    expect(editionNameProblem(withEditions, 'MINISTER')).toBe('taken');
    expect(editionNameProblem(withEditions, 'Minister', 'e2')).toBeNull();
    expect(editionNameProblem(withEditions, 'Embassy')).toBeNull();
  });

  it('stored editions are checked: unique names and ids, no unknown fields, phrases of two characters or more', () => {
    expect(editionsSchema.safeParse(withEditions.editions).success).toBe(true);
    expect(editionsSchema.safeParse([edition(), { ...edition(), id: 'e2', name: 'PRESS' }]).success).toBe(false);
    expect(editionsSchema.safeParse([edition(), { ...edition(), name: 'Other' }]).success).toBe(false);
    expect(editionsSchema.safeParse([{ ...edition(), secret: true }]).success).toBe(false);
    expect(editionsSchema.safeParse([edition({ extraRedactions: ['x'] })]).success).toBe(false);
  });

  it('makes a safe file name from the book and the edition', () => {
    expect(editionFileName('Visit: Day 1/2', 'Press <public>')).toBe('Visit Day 1 2 - Press public.pdf');
    expect(editionFileName('', '..')).toBe('Book.pdf');
    expect(editionFileName('  ', 'Ministro', 'Carpeta')).toBe('Carpeta - Ministro.pdf');
    expect(editionFileName('x'.repeat(300), 'E').length).toBeLessThanOrEqual(184);
    expect(editionFileName('A\u0000B', 'C\nD')).toBe('A B - C D.pdf');
  });
});
