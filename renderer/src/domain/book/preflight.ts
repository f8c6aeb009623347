// Pre-flight: what a reader of the printed book would trip over, found before it is printed.
// Pure: the app shows the findings in a dialog, the CLI prints them (and fails with --strict).
import { findMojibake } from '../encoding/mojibake.js';
import type { Brief } from '../types.js';
import { layoutBook, type AppendixTitles, type BookRecords } from './layout.js';

export const FINDING_KINDS = ['no-font', 'clipped', 'furniture', 'mojibake', 'guessed-title', 'no-source', 'empty-section', 'unchecked'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** The brief it is about, if any (so the user can open it and fix it). */
  briefId: string | null;
  /** Where: a brief's or section's title, or the book's part ("Checklist"). */
  where: string;
  /** A short excerpt or figure that shows the problem. */
  sample: string;
}

export interface PreflightOptions {
  /** True when a bundled font has a glyph for the code point. */
  covered: (codePoint: number) => boolean;
}

/** Import metadata another part of the app may set: a title the importer had to guess. */
type MaybeGuessed = Brief & { titleGuessed?: boolean; metadata?: { title?: string } };

/** Beyond this many columns table cells are too narrow to keep their words whole. */
export const MAX_TABLE_COLUMNS = 12;
const SAMPLE_CHARS = 8;

// Never drawn, so never missing: controls, joiners, variation selectors, byte-order marks.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFE00-\uFE0F]/u;

/** Characters of `text` that no bundled font can draw, each once. */
export function unprintable(text: string, covered: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  // Most texts are mostly ASCII: when the fonts draw all of it, only the rest needs a look.
  let asciiCovered = true;
  for (let c = 0x21; c < 0x7f && asciiCovered; c++) asciiCovered = covered(c);
  for (const [ch] of text.matchAll(asciiCovered ? /[^\0-\x7f]/gu : /[^]/gu)) {
    if (/\s/.test(ch) || INVISIBLE.test(ch)) continue;
    if (!covered(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}

/** Tables in Markdown whose header row has more than MAX_TABLE_COLUMNS cells. */
export function overwideTables(markdown: string): number[] {
  const lines = markdown.split('\n');
  const widths: number[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (!/^\s*\|?\s*:?-{2,}/.test(next) || !line.includes('|')) return;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').length;
    if (cells > MAX_TABLE_COLUMNS) widths.push(cells);
  });
  return widths;
}

const LINK = /^\[[^\]]*\]\([^)]*\)$/;
const stripItem = (line: string): string => line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '').trim();
const wordsIn = (s: string): number => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(/\s+/).filter(Boolean).length;

/**
 * Runs that look like page furniture (site menus, link lists, share bars): five or more
 * consecutive short lines without sentence punctuation, at least half of them links or the
 * run at the very start or end of the text.
 */
export function furnitureRuns(markdown: string): string[] {
  const lines = markdown.split('\n');
  const runs: string[] = [];
  let run: { start: number; items: string[] } | null = null;
  const close = (end: number): void => {
    if (run && run.items.length >= 5) {
      const links = run.items.filter((item) => LINK.test(item)).length;
      const atEdge = lines.slice(0, run.start).every((l) => l.trim() === '' || /^#/.test(l)) || lines.slice(end).every((l) => l.trim() === '');
      if (links * 2 >= run.items.length || atEdge) runs.push(run.items.slice(0, 5).map((i) => i.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).join(' · '));
    }
    run = null;
  };
  lines.forEach((line, i) => {
    const item = stripItem(line);
    if (item === '') return; // blank lines do not break a run of menu lines
    const short = wordsIn(item) <= 3 && !/[.!?:;。！？]$/.test(item) && !/^#/.test(line.trim());
    if (short) {
      run ??= { start: i, items: [] };
      run.items.push(item);
    } else close(i);
  });
  close(lines.length);
  return runs;
}

function briefFindings(brief: MaybeGuessed, options: PreflightOptions): Finding[] {
  const found: Finding[] = [];
  const add = (kind: FindingKind, sample: string): void => void found.push({ kind, briefId: brief.id, where: brief.title, sample });
  const text = [brief.title, brief.subtitle, brief.byline, brief.markdown].join('\n');
  const missing = unprintable(text, options.covered);
  if (missing.length) add('no-font', missing.slice(0, SAMPLE_CHARS).join(' '));
  for (const columns of overwideTables(brief.markdown)) add('clipped', String(columns));
  for (const run of furnitureRuns(brief.markdown)) add('furniture', run);
  const garbled = findMojibake(text);
  if (garbled.length) add('mojibake', garbled[0]!.garbled.slice(0, 24));
  else if (text.includes('\uFFFD')) add('mojibake', '\uFFFD');
  if (brief.titleGuessed === true || brief.metadata?.title === 'guessed') add('guessed-title', brief.title);
  if (brief.source.url.trim() === '' && brief.source.name.trim() === '') add('no-source', brief.fileName);
  if (brief.markdown.trim() === '') add('empty-section', '');
  return found;
}

/** Everything worth a look before `records` is printed, in book order. */
export function preflightBook(records: BookRecords, appendix: AppendixTitles, options: PreflightOptions): Finding[] {
  const { book } = records;
  const layout = layoutBook(records, appendix);
  const findings: Finding[] = [];
  const bookText = [book.title, book.subtitle, book.meeting, book.marking, book.preparedBy, book.preparedFor].join('\n');
  const bookMissing = unprintable(bookText, options.covered);
  if (bookMissing.length) findings.push({ kind: 'no-font', briefId: null, where: book.title, sample: bookMissing.slice(0, SAMPLE_CHARS).join(' ') });
  layout.parts.forEach((part, i) => {
    if (part.kind === 'brief') {
      findings.push(...briefFindings(part.brief, options));
      return;
    }
    // A section divider with no brief before the next section (or the end) prints an empty part.
    const next = layout.parts[i + 1];
    if (!next || next.kind === 'section') findings.push({ kind: 'empty-section', briefId: null, where: part.title, sample: '' });
    const missing = unprintable(`${part.title}\n${part.note}`, options.covered);
    if (missing.length) findings.push({ kind: 'no-font', briefId: null, where: part.title, sample: missing.slice(0, SAMPLE_CHARS).join(' ') });
  });
  if (layout.checklist && layout.checklist.length === 0) {
    const inBook = new Set(layout.parts.flatMap((p) => (p.kind === 'brief' ? [p.brief.id] : [])));
    const suggested = records.items.filter((item) => item.status === 'suggested' && item.briefIds.some((id) => inBook.has(id))).length;
    findings.push({ kind: 'empty-section', briefId: null, where: appendix.checklist, sample: String(suggested) });
  }
  return findings;
}

/** Parses CSS unicode-range lists ("U+0000-00FF,U+0131") into a membership test. */
export function unicodeRangeCoverage(lists: readonly string[]): (codePoint: number) => boolean {
  const ranges: [number, number][] = [];
  for (const list of lists) {
    for (const part of list.split(',')) {
      const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
      if (!m) continue;
      const start = parseInt(m[1]!.replace(/\?/g, '0'), 16);
      const end = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Merged into disjoint runs, so one binary search answers.
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return (cp) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = merged[mid]!;
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
