// Rebuilds paragraphs and headings from positioned PDF text runs: larger type than the body
// is a heading, a wider gap than the usual line spacing starts a new paragraph.
import { escapeMarkdown } from './structure.js';
import { countWords } from './lines.js';

export interface TextRun {
  page: number;
  text: string;
  /** Left edge and baseline in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size in PDF units. */
  size: number;
  /** pdf.js says a line ends after this run. */
  endOfLine: boolean;
}

interface Line {
  page: number;
  text: string;
  y: number;
  size: number;
}

export interface PdfLayout {
  title: string;
  markdown: string;
}

const BULLET = /^(?:[•·▪◦‣–—-]|\d{1,3}[.)])\s+/u;

function toLines(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  for (const run of runs) {
    if (run.text === '' && !run.endOfLine) continue;
    const sameLine = current && current.page === run.page && Math.abs(current.y - run.y) < Math.max(current.size, run.size) * 0.5;
    if (!current || !sameLine) {
      if (current) lines.push(current);
      current = { page: run.page, text: run.text, y: run.y, size: run.size, end: run.x + run.width };
    } else {
      const gap = run.x - current.end;
      const needsSpace = gap > run.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (needsSpace ? ' ' : '') + run.text;
      current.size = Math.max(current.size, run.size);
      current.end = run.x + run.width;
    }
    if (run.endOfLine && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The size most of the text is set in, weighted by characters. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(round(l.size), (weight.get(round(l.size)) ?? 0) + l.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function joinLines(a: string, b: string): string {
  return /\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

export function layoutPdfText(runs: TextRun[]): PdfLayout {
  const lines = toLines(runs);
  const body = bodySize(lines);
  const isHeading = (l: Line) => round(l.size) >= body * 1.15 && countWords(l.text) <= 20;
  const spacing = median(
    lines.slice(1).flatMap((l, i) => {
      const prev = lines[i]!;
      return prev.page === l.page && !isHeading(l) && !isHeading(prev) && prev.y > l.y ? [prev.y - l.y] : [];
    }),
  );

  interface Block {
    kind: 'heading' | 'paragraph';
    size: number;
    text: string;
  }
  const blocks: Block[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const kind = isHeading(line) ? 'heading' : 'paragraph';
    const last = blocks.at(-1);
    const gap = prev && prev.page === line.page ? prev.y - line.y : Infinity;
    const continues =
      last && last.kind === kind && round(last.size) === round(line.size) && !BULLET.test(line.text) &&
      (kind === 'heading' ? gap > 0 && gap < line.size * 1.6 : (gap > 0 && gap <= spacing * 1.35) || (prev !== null && prev.page !== line.page && !/[.!?:]$/.test(last.text)));
    if (continues) last.text = joinLines(last.text, line.text);
    else blocks.push({ kind, size: line.size, text: line.text });
    prev = line;
  }

  // The largest heading at the top of the first page is the document's title.
  const sizesOf = (list: Block[]) => [...new Set(list.filter((b) => b.kind === 'heading').map((b) => round(b.size)))].sort((a, b) => b - a);
  let title = '';
  const first = blocks[0];
  if (first?.kind === 'heading' && round(first.size) === sizesOf(blocks)[0]) {
    title = first.text;
    blocks.shift();
  }
  const headingSizes = sizesOf(blocks);
  const markdown = blocks
    .map((b) => {
      if (b.kind === 'heading') return `${headingSizes.indexOf(round(b.size)) <= 0 ? '##' : '###'} ${escapeMarkdown(b.text)}`;
      const bullet = BULLET.exec(b.text);
      return bullet ? `- ${escapeMarkdown(b.text.slice(bullet[0].length))}` : escapeMarkdown(b.text);
    })
    .join('\n\n');
  return { title, markdown };
}
