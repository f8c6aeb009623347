// The triage inbox's order: open suggestions grouped by brief, briefs in the library's reading
// order, each brief's suggestions in the order of their passages.
import type { ChecklistItem } from '../types.js';
import { locateFragments } from './locate.js';

export interface InboxGroup {
  briefId: string;
  items: ChecklistItem[];
}

const startIn = (item: ChecklistItem, briefId: string): number =>
  item.sources.find((s) => s.briefId === briefId)?.selector.position.start ?? Number.MAX_SAFE_INTEGER;

/** Groups by each item's first brief; briefs missing from `briefOrder` come last, in first-seen order. */
export function inboxGroups(items: readonly ChecklistItem[], briefOrder: readonly string[]): InboxGroup[] {
  const rank = new Map(briefOrder.map((id, i) => [id, i]));
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const briefId = item.briefIds[0] ?? '';
    groups.set(briefId, [...(groups.get(briefId) ?? []), item]);
  }
  return [...groups]
    .map(([briefId, members]) => ({ briefId, items: members.sort((a, b) => startIn(a, briefId) - startIn(b, briefId)) }))
    .sort((a, b) => (rank.get(a.briefId) ?? Infinity) - (rank.get(b.briefId) ?? Infinity));
}

export interface Passage {
  before: string;
  quote: string;
  after: string;
  /** Whether words of the same paragraph were left out before or after what is shown. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** How much of the paragraph to show on each side of a passage, cut back to whole sentences or words. */
const CONTEXT_CHARS = 220;

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** From the start of the first sentence that begins inside `text`, else of its first whole word. */
function fromSentenceStart(text: string): string {
  const sentence = /[.!?:]["”’)]*\s+(?=\S)/u.exec(text);
  if (sentence) return text.slice(sentence.index + sentence[0].length);
  return text.replace(/^\S*\s/u, '');
}

/** Up to the end of the last sentence that ends inside `text`, else of its last whole word. */
function toSentenceEnd(text: string): string {
  const ends = [...text.matchAll(/[.!?]["”’)]*(?=\s|$)/gu)];
  const last = ends.at(-1);
  if (last) return text.slice(0, (last.index ?? 0) + last[0].length);
  return text.replace(/\s\S*$/u, '');
}

/** The paragraph (or list, or table) around [start, end): text between blank lines. */
function blockAround(text: string, start: number, end: number): { from: number; to: number } {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  return { from: from === -1 ? 0 : from + 2, to: to === -1 ? text.length : to };
}

/**
 * The sentences around an item's passage within its paragraph of `plainText` (the brief's text,
 * blocks separated by blank lines), so the user rarely has to open the brief. A lead-in ending in
 * ":" just before the paragraph is shown too, since it says what the list is. Without the text,
 * or when the passage is not found there, the few words its selector keeps on each side.
 */
export function passageAround(item: ChecklistItem, plainText?: string): Passage {
  const { prefix, exact, suffix } = (item.sources[0]?.selector ?? item.selector).quote;
  const quote = squash(exact);
  const span = plainText ? locateFragments(plainText, [exact]) : null;
  if (!plainText || !span) {
    // The selector's context is cut by length: drop the broken word at its outer end.
    return { before: squash(squash(prefix).replace(/^\S*\s/u, '')), quote, after: squash(squash(suffix).replace(/\s\S*$/u, '')), clippedBefore: true, clippedAfter: true };
  }
  const block = blockAround(plainText, span.start, span.end);
  const previous = blockAround(plainText, Math.max(0, block.from - 3), Math.max(0, block.from - 3));
  const from = block.from > 0 && plainText.slice(previous.from, previous.to).trimEnd().endsWith(':') ? previous.from : block.from;
  const { to } = block;
  const clippedBefore = span.start - from > CONTEXT_CHARS;
  const clippedAfter = to - span.end > CONTEXT_CHARS;
  const before = plainText.slice(Math.max(from, span.start - CONTEXT_CHARS), span.start);
  const after = plainText.slice(span.end, Math.min(to, span.end + CONTEXT_CHARS));
  return {
    before: squash(clippedBefore ? fromSentenceStart(before) : before),
    quote,
    after: squash(clippedAfter ? toSentenceEnd(after) : after),
    clippedBefore,
    clippedAfter,
  };
}
