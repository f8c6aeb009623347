// Turning a range of the rendered text into selectors that survive later edits.
import type { Selector } from '../types.js';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** TextQuoteSelector (exact + 32 chars of prefix/suffix) plus TextPositionSelector for [start, end). */
export function describeRange(text: string, start: number, end: number): Selector {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`invalid range ${start}..${end} for a text of ${text.length} characters`);
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}
