// Finding an extracted item's text in the brief's rendered text, to anchor it there.
import type { Span } from './sentences.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The first span at or after `from` where `fragments` (e.g. one sentence, or the cells of a
 * table row) occur in order. Whitespace is free: the rendered text may break lines, join
 * table cells or drop a <br> differently from the Markdown source. Null when absent, so a
 * caller skips the item instead of anchoring it to the wrong words.
 */
export function locateFragments(rendered: string, fragments: readonly string[], from = 0): Span | null {
  const words = fragments.flatMap((f) => f.split(/\s+/u)).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const re = new RegExp(words.map(escapeRegExp).join('\\s*'), 'gu');
  re.lastIndex = from;
  const m = re.exec(rendered);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
