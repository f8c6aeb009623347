// Finding what to redact in a text: rule phrases (whole words), rule patterns, and the words of
// redaction annotations (anywhere, even inside a word: the user chose exactly those characters).
import { linesOf, patternProblem, type RedactionRule } from './rules.js';

export interface Matcher {
  regex: RegExp;
  reason: string;
}

export interface RedactSpan {
  start: number;
  end: number;
  reason: string;
}

/** What every exported string shows in place of redacted words: fixed, whatever was there. */
export const REDACTION_BLOCK = '\u2588'.repeat(5);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDISH = /[\p{L}\p{N}]/u;

/** A phrase as a regular expression: any run of spaces or line breaks between its words, or its
 *  words joined by a dot, underscore, hyphen or nothing. */
export function phraseMatcher(phrase: string, reason: string, wholeWords: boolean): Matcher | null {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const spaced = words.map(escape).join('\\s+');
  // A name also appears joined in addresses and handles (ana.velloso@…, ana_velloso, AnaVelloso):
  // a phrase of several words matches those forms too, since any of them still names the person.
  const body = words.length > 1 ? `(?:${spaced}|${words.map(escape).join('[._-]?')})` : spaced;
  const before = wholeWords && WORDISH.test(words[0]![0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wholeWords && WORDISH.test(words.at(-1)!.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  return { regex: new RegExp(`${before}${body}${after}`, 'giu'), reason };
}

/** Matchers for the rules (patterns that fail their check are skipped, never run) and extra phrases. */
export function compileMatchers(rules: readonly RedactionRule[], quotes: readonly { text: string; reason: string }[] = []): Matcher[] {
  const matchers: Matcher[] = [];
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      const m = phraseMatcher(phrase, rule.reason, true);
      if (m) matchers.push(m);
    }
    for (const pattern of rule.patterns) {
      if (patternProblem(pattern) === null) matchers.push({ regex: new RegExp(pattern, 'giu'), reason: rule.reason });
    }
  }
  for (const q of quotes) {
    const m = phraseMatcher(q.text, q.reason, false);
    if (m) matchers.push(m);
  }
  return matchers;
}

/** Every span to redact in `text`, in order; overlapping spans are joined (the first reason kept). */
export function findSpans(text: string, matchers: readonly Matcher[], extra: readonly RedactSpan[] = []): RedactSpan[] {
  const found: RedactSpan[] = extra.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).map((s) => ({ ...s }));
  for (const { regex, reason } of matchers) {
    for (const m of text.matchAll(regex)) {
      if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, reason });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: RedactSpan[] = [];
  for (const s of found) {
    const last = joined.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else joined.push({ ...s });
  }
  return joined;
}

/**
 * The label printed beside each block: the reason, never the words. A reason that itself holds
 * redacted words (a rule's reason naming its source) is left out rather than printed.
 */
export function redactionLabel(reason: string, word: string, matchers: readonly Matcher[]): string {
  const safe = reason.trim() !== '' && findSpans(reason, matchers).length === 0;
  return safe ? `[${word}: ${reason.trim()}]` : `[${word}]`;
}

/** `text` with each span replaced by the block and its label; the reasons in order. */
export function redactString(text: string, matchers: readonly Matcher[], word: string): { text: string; reasons: string[] } {
  const spans = findSpans(text, matchers);
  if (spans.length === 0) return { text, reasons: [] };
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${text.slice(at, s.start)}${REDACTION_BLOCK} ${redactionLabel(s.reason, word, matchers)}`;
    at = s.end;
  }
  return { text: out + text.slice(at), reasons: spans.map((s) => s.reason) };
}

/** Phrases from a plain text file or box: one a line. */
export const phrasesOf = linesOf;
