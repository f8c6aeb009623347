// A book's records as they may leave the building: every string that can reach the PDF (titles,
// bylines, sources, notes, endnote quotes, checklist items, metadata) has its redacted words
// replaced before anything is laid out or rendered. Brief texts are redacted where they are
// rendered (rendering/redact-dom.ts), since annotation offsets point into the rendered text.
import type { BookRecords } from '../book/layout.js';
import type { Annotation } from '../types.js';
import { compileMatchers, findSpans, redactString, type Matcher, type RedactSpan } from './match.js';
import { MIN_PHRASE, type RedactionRule } from './rules.js';

/** Keys whose strings are identifiers, enums or the brief text: never printed as such. */
const STRUCTURAL = new Set(['id', 'briefId', 'briefIds', 'kind', 'markdown', 'contentHash', 'language', 'status', 'from', 'to', 'color', 'readState', 'paper', 'annotations', 'priority', 'reason', 'checklistStatuses', 'origins', 'anchor']);
/** Kept for links and history, never printed: redacted all the same, but not listed in the log. */
const UNLISTED = new Set(['selector', 'sources', 'history', 'topicEvidence', 'removedLines', 'tags', 'dismissReason']);
/** Dates are parsed, not printed as written: one holding redacted words is dropped whole. */
const DATES = new Set(['publishedAt', 'due', 'meetingDate']);

/** Counts redactions by where they were made, for the log. */
export interface FieldRedaction {
  /** 'book' for the cover and book fields, else the brief's id, or 'checklist'. */
  where: string;
  /** The record's field the words were in ('title', 'byline', 'source', 'note'…). */
  field: string;
  reason: string;
}

export interface Redactor {
  matchers: Matcher[];
  /** Redacts every printable string inside `value`, recording each redaction under `where`. */
  deep<T>(value: T, where: string): T;
  log: FieldRedaction[];
}

export function makeRedactor(matchers: Matcher[], word: string): Redactor {
  const log: FieldRedaction[] = [];
  // `field` is the outermost key on the way down: source.name is logged under 'source'.
  const walk = (value: unknown, where: string, key: string, listed: boolean, field: string): unknown => {
    if (typeof value === 'string') {
      if (STRUCTURAL.has(key)) return value;
      const r = redactString(value, matchers, word);
      if (listed) for (const reason of r.reasons) log.push({ where, field: field || key, reason });
      if (DATES.has(key) && r.reasons.length) return null;
      return r.text;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, where, key, listed, field));
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, walk(v, where, '', listed, field)]));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, STRUCTURAL.has(k) && typeof v === 'string' ? v : walk(v, where, k, listed && !UNLISTED.has(k), field || k)]));
    }
    return value;
  };
  return { matchers, log, deep: (value, where) => walk(value, where, '', true, '') as typeof value };
}

export const isRedaction = (a: Annotation): boolean => a.redaction !== undefined;

export interface RedactedRecords {
  records: BookRecords;
  redactor: Redactor;
  /** Per brief: where its redaction annotations lie in its rendered text. */
  placed: Map<string, RedactSpan[]>;
}

/**
 * The records with rules, extra phrases (the CLI's --redact-file) and redaction annotations
 * applied. Redaction annotations are taken out (they are not highlights); the words of each are
 * redacted everywhere in the book, since the same words elsewhere would reveal them.
 */
export function redactRecords(records: BookRecords, rules: readonly RedactionRule[], word: string, extraPhrases: readonly string[] = [], extraReason = ''): RedactedRecords {
  const redactions = [...records.annotations.values()].flat().filter(isRedaction);
  // A one-character selection is redacted where it is, not everywhere (it would shred every word).
  const quotes = redactions.filter((a) => a.selector.quote.exact.trim().length >= MIN_PHRASE).map((a) => ({ text: a.selector.quote.exact, reason: a.redaction!.reason }));
  const all = extraPhrases.length ? [...rules, { reason: extraReason, phrases: [...extraPhrases], patterns: [] }] : rules;
  const redactor = makeRedactor(compileMatchers(all, quotes), word);
  const placed = new Map<string, RedactSpan[]>();
  for (const a of redactions) {
    if (a.orphaned) continue;
    placed.set(a.briefId, [...(placed.get(a.briefId) ?? []), { ...a.selector.position, reason: a.redaction!.reason }]);
  }
  const book = redactor.deep(records.book, 'book');
  // The hash of a redacted text is left out: it no longer names the printed text, and it would let
  // a guess at the redacted words be checked.
  const redactedText = (id: string, markdown: string) => placed.has(id) || findSpans(markdown, redactor.matchers).length > 0;
  const briefs = new Map([...records.briefs].map(([id, b]) => [id, { ...redactor.deep(b, id), ...(redactedText(id, b.markdown) ? { contentHash: '' } : {}) }]));
  const annotations = new Map([...records.annotations].map(([id, list]) => [id, redactor.deep(list.filter((a) => !isRedaction(a)), id)]));
  const items = redactor.deep([...records.items], 'checklist');
  return { records: { book, briefs, annotations, items }, redactor, placed };
}
