// Redaction of a rendered brief body before it is printed: each redacted span's text is taken out
// of the DOM and a fixed-width block with no text, and a label with the reason, put in its place.
// Attributes that reach a tagged PDF (alt text, titles, link targets) are redacted too.
import { findSpans, redactString, redactionLabel, type Matcher, type RedactSpan } from '../domain/redaction/match.js';
import { rangeFromOffsets } from './text-offsets.js';

export const REDACTION_CLASS = 'cy-redaction';

const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'aria-description'];
const LINK_ATTRIBUTES = ['href', 'src', 'cite'];

function redactAttributes(root: Element, matchers: readonly Matcher[], word: string): number {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    for (const name of TEXT_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const r = redactString(value, matchers, word);
      if (r.reasons.length) el.setAttribute(name, r.text);
      count += r.reasons.length;
    }
    // A link target cannot carry a label: one with redacted words is dropped whole.
    for (const name of LINK_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || (name === 'src' && value.startsWith('blob:'))) continue;
      if (findSpans(decodeURIComponentSafe(value), matchers).length || findSpans(value, matchers).length) {
        el.removeAttribute(name);
        count++;
      }
    }
  }
  return count;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Redacts `root` in place: the given spans (offsets into its text) and whatever the matchers find.
 * Each block is labelled "[word n: reason]". Returns the reasons of the blocks, in order, and how
 * many attributes were redacted.
 */
export function redactElement(root: Element, matchers: readonly Matcher[], placed: readonly RedactSpan[], word: string): { reasons: string[]; attributes: number } {
  const spans = findSpans(root.textContent ?? '', matchers, placed);
  const ranges = spans.map((s) => rangeFromOffsets(root, s.start, s.end));
  // From the end, so the offsets of the spans before stay valid.
  for (let i = spans.length - 1; i >= 0; i--) {
    const range = ranges[i];
    // Never print a text whose redaction could not be placed.
    if (!range) throw new Error('A redaction could not be placed in the text.');
    range.deleteContents();
    const wrap = document.createElement('span');
    wrap.className = REDACTION_CLASS;
    const block = document.createElement('span');
    block.className = 'block';
    const text = document.createElement('span');
    text.className = 'label';
    text.textContent = redactionLabel(spans[i]!.reason, `${word} ${i + 1}`, matchers);
    wrap.append(block, text);
    range.insertNode(wrap);
  }
  return { reasons: spans.map((s) => s.reason), attributes: redactAttributes(root, matchers, word) };
}
