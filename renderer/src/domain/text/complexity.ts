// A cheap, linear look at a text before any Markdown parser sees it. Parsers recurse once per
// level of nesting and re-read nested blocks at every level, so very deep nesting costs them
// quadratic time (or the stack); very long lines make the inline rules scan far. Real articles and
// notes stay far inside these limits; text outside them is shown and imported as plain text.

/** Whole texts above this are never parsed (memory, not time). */
export const MAX_MARKDOWN_CHARS = 2_000_000;
/** Block quotes and list levels in front of one line; real documents use a handful. */
export const MAX_MARKDOWN_NESTING = 32;
/** One line (a Markdown paragraph is one line) of about 3,000 words. */
export const MAX_MARKDOWN_LINE = 20_000;

export type Unformattable = 'too-large' | 'too-deep' | 'line-too-long';

const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x3e; // >
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** How many containers (quotes, list items, indentation before them) open at the start of the line. */
function lineNesting(text: string, start: number, end: number): number {
  let depth = 0;
  let indent = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      indent += c === TAB ? 4 : 1;
      i++;
      continue;
    }
    let marker = 0;
    if (c === QUOTE) marker = 1;
    else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) marker = 1; // - * +
    else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j);
      if ((after === 0x2e || after === 0x29) && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) marker = j - i + 1; // 1. 1)
    }
    if (!marker) break;
    depth += 1 + Math.floor(indent / 2);
    indent = 0;
    i += marker;
  }
  return depth;
}

function isFence(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 4 && text.charCodeAt(i) === SPACE) i++;
  const c = text.charCodeAt(i);
  return (c === 0x60 || c === 0x7e) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c; // ``` ~~~
}

/** Why this text must not be parsed as Markdown, or null when it can be. One pass, no regex. */
export function whyUnformattable(text: string): Unformattable | null {
  if (text.length > MAX_MARKDOWN_CHARS) return 'too-large';
  let inFence = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_MARKDOWN_LINE) return 'line-too-long';
    if (isFence(text, start, end)) inFence = !inFence;
    else if (!inFence && lineNesting(text, start, end) > MAX_MARKDOWN_NESTING) return 'too-deep';
    start = end + 1;
  }
  return null;
}
