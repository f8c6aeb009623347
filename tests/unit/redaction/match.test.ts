// Finding and replacing redacted words in plain strings, and redacting a book's records.
import { describe, expect, it } from 'vitest';
import { REDACTION_BLOCK, compileMatchers, findSpans, redactString } from '../../../renderer/src/domain/redaction/match.js';
import { redactRecords } from '../../../renderer/src/domain/redaction/records.js';
import type { BookRecords } from '../../../renderer/src/domain/book/layout.js';
import { annotation, book, brief, item } from '../book/records.js';

const rules = [{ reason: 'Source', phrases: ['Ines Varro'], patterns: ['\\bK-\\d{4}\\b'] }];

describe('matching', () => {
  it('matches phrases whole-word, ignoring case and line breaks, and patterns', () => {
    const m = compileMatchers(rules);
    const text = 'Met INES\nvarro at dock K-2041; Ines Varrow and Inesvarrone are other words.';
    expect(findSpans(text, m).map((s) => text.slice(s.start, s.end))).toEqual(['INES\nvarro', 'K-2041']);
  });

  it('matches a name of several words where it is joined up, as in an address or a handle', () => {
    const m = compileMatchers(rules);
    const text = 'Write to ines.varro@example.org or @Ines_Varro; InesVarro signs as ines-varro.';
    expect(findSpans(text, m).map((s) => text.slice(s.start, s.end))).toEqual(['ines.varro', 'Ines_Varro', 'InesVarro', 'ines-varro']);
    // One word is matched as itself only.
    const single = compileMatchers([{ reason: 'Code', phrases: ['Nightjar'], patterns: [] }]);
    expect(findSpans('night.jar Nightjar nightjars', single).length).toBe(1);
  });

  it('matches an annotation quote anywhere, even inside a word', () => {
    const m = compileMatchers([], [{ text: 'arro', reason: 'Privacy' }]);
    expect(findSpans('Varro', m)).toEqual([{ start: 1, end: 5, reason: 'Privacy' }]);
  });

  it('joins overlapping spans and keeps the first reason', () => {
    const m = compileMatchers([{ reason: 'A', phrases: ['alpha beta'], patterns: [] }, { reason: 'B', phrases: ['beta gamma'], patterns: [] }]);
    expect(findSpans('alpha beta gamma', m)).toEqual([{ start: 0, end: 16, reason: 'A' }]);
  });

  it('replaces each match by a fixed block and the reason, whatever its length', () => {
    const m = compileMatchers(rules);
    const short = redactString('See Ines Varro.', m, 'Redacted');
    expect(short).toEqual({ text: `See ${REDACTION_BLOCK} [Redacted: Source].`, reasons: ['Source'] });
    const long = redactString('Code K-1234 and K-9999', m, 'Redacted');
    expect(long.text).toBe(`Code ${REDACTION_BLOCK} [Redacted: Source] and ${REDACTION_BLOCK} [Redacted: Source]`);
  });

  it('leaves out a reason that would itself reveal redacted words', () => {
    const m = compileMatchers([{ reason: 'Named by Ines Varro', phrases: ['Ines Varro'], patterns: [] }]);
    expect(redactString('Ines Varro said', m, 'Redacted').text).toBe(`${REDACTION_BLOCK} [Redacted] said`);
  });
});

describe('redactRecords', () => {
  const secret = 'Ines Varro';
  const records = (): BookRecords => {
    const b1 = brief('b1', `Talks with ${secret}`, {
      subtitle: `Why ${secret} matters`,
      byline: secret,
      source: { name: `${secret} Weekly`, url: 'https://example.org/ines-varro', publishedAt: '2032-01-02' },
      markdown: `Body naming ${secret} twice: ${secret}.`,
    });
    const redaction = { ...annotation('r1', 0), redaction: { reason: 'Protects a source' }, selector: { quote: { exact: 'Calder Wharf', prefix: '', suffix: '' }, position: { start: 5, end: 17 } } };
    const note = annotation('a1', 3, { note: `Ask ${secret} about Calder Wharf` });
    return {
      book: { ...book([{ kind: 'brief', id: 'b1', title: '', note: `Read ${secret} first` }]), title: `Visit of ${secret}`, meeting: 'At Calder Wharf' },
      briefs: new Map([['b1', b1]]),
      annotations: new Map([['b1', [redaction, note]]]),
      items: [item('i1', ['b1'], 'open', null, `Call ${secret} at Calder Wharf`)],
    };
  };

  it('redacts every printable string, takes redactions out of the annotations and keeps the text for rendering', () => {
    const { records: out, placed, redactor } = redactRecords(records(), [{ reason: 'Source', phrases: [secret], patterns: [] }], 'Redacted');
    const printable = JSON.stringify({ book: out.book, briefs: [...out.briefs.values()].map((b) => ({ ...b, markdown: '' })), annotations: [...out.annotations.values()], items: out.items });
    expect(printable).not.toMatch(/ines varro|calder wharf/i);
    expect(out.annotations.get('b1')!.map((a) => a.id)).toEqual(['a1']);
    expect(out.briefs.get('b1')!.markdown).toContain(secret);
    expect(out.briefs.get('b1')!.contentHash).toBe('');
    expect(placed.get('b1')).toEqual([{ start: 5, end: 17, reason: 'Protects a source' }]);
    // A link whose address names the person (joined by a hyphen) loses those words too; the print
    // drops the link itself (redact-dom).
    expect(out.briefs.get('b1')!.source.url).not.toContain('ines-varro');
    expect(out.briefs.get('b1')!.source.url).toContain(REDACTION_BLOCK);
    expect(redactor.log.length).toBeGreaterThanOrEqual(8);
    expect(new Set(redactor.log.map((l) => l.where))).toEqual(new Set(['book', 'b1', 'checklist']));
    // The log knows which field held the words, down from the outermost key (source.name → source).
    expect(new Set(redactor.log.filter((l) => l.where === 'b1').map((l) => l.field))).toEqual(new Set(['title', 'subtitle', 'byline', 'source', 'note']));
  });

  it('redacts a one-character selection where it is, not everywhere', () => {
    const r = records();
    const tiny = { ...annotation('r2', 0), redaction: { reason: 'Security' }, selector: { quote: { exact: 'a', prefix: '', suffix: '' }, position: { start: 2, end: 3 } } };
    const { records: out, placed } = redactRecords({ ...r, annotations: new Map([['b1', [tiny]]]) }, [], 'Redacted');
    expect(out.book.title).toBe(r.book.title);
    // Redacted where it is: the text's hash is left out all the same.
    expect(out.briefs.get('b1')!.contentHash).toBe('');
    expect(placed.get('b1')).toEqual([{ start: 2, end: 3, reason: 'Security' }]);
  });

  it('drops a date holding redacted words rather than print it', () => {
    const r = records();
    const { records: out } = redactRecords(r, [{ reason: 'Schedule', phrases: [], patterns: ['2032-01-02'] }], 'Redacted');
    expect(out.briefs.get('b1')!.source.publishedAt).toBeNull();
  });

  it('adds the extra phrases of one export under their own reason', () => {
    const { records: out } = redactRecords(records(), [], 'Redacted', ['Visit of'], 'For this export');
    expect(out.book.title).toBe(`${REDACTION_BLOCK} [Redacted: For this export] Ines Varro`);
  });
});
