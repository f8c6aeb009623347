// Redaction rules kept in Settings: each rule gives a reason and the phrases and patterns it
// redacts from every export. Patterns are user regular expressions, so each is checked before it
// is ever run: one that could take exponential time on a long text is refused, not tried.
import { z } from '../schema.js';

export interface RedactionRule {
  reason: string;
  /** Matched whole-word, ignoring case and how the words are spaced or broken across lines. */
  phrases: string[];
  /** Regular expressions (Unicode, ignoring case). */
  patterns: string[];
}

export const MAX_REASON = 200;
export const MAX_PHRASE = 500;
export const MAX_PATTERN = 200;
export const MAX_RULES = 200;
export const MAX_PER_RULE = 500;
/** Shorter phrases would shred ordinary words. */
export const MIN_PHRASE = 2;

export type PatternProblem = 'too-long' | 'invalid' | 'backreference' | 'nested-repeat' | 'huge-repeat' | 'matches-empty';

const REPEAT_LIMIT = 1_000;

/**
 * Why a pattern cannot be used, or null. Refused: what does not compile, backreferences, a
 * repeated group that itself repeats or alternates (`(a+)+`, `(a|b)*`: the shapes that backtrack
 * exponentially), counted repeats beyond 1,000, and patterns matching the empty text (they would
 * match everywhere).
 */
export function patternProblem(pattern: string): PatternProblem | null {
  if (pattern.length > MAX_PATTERN) return 'too-long';
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, 'iu');
  } catch {
    return 'invalid';
  }
  // Each open group records whether it holds a repeat or an alternation; `closedRisky` says
  // whether the token just read closed such a group (so a repeat of it would nest).
  const groups: boolean[] = [false];
  let closedRisky = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const counted = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i)) : null;
    if (c === '*' || c === '+' || counted) {
      const max = !counted ? Infinity : counted[2] === undefined ? Number(counted[1]) : counted[3] === '' ? Infinity : Number(counted[3]);
      if (counted && Math.max(Number(counted[1]), Number(counted[3] || 0)) > REPEAT_LIMIT) return 'huge-repeat';
      if (max > 1 && closedRisky) return 'nested-repeat';
      if (max > 1) groups[groups.length - 1] = true;
      if (counted) i += counted[0].length - 1;
      if (pattern[i + 1] === '?') i++;
      closedRisky = false;
      continue;
    }
    closedRisky = false;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreference';
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      groups.push(false);
      // Skip the group's kind (?: ?= ?! ?<= ?<! ?<name>) so its "?" is not read as a repeat.
      const kind = /^\?(:|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(pattern.slice(i + 1));
      if (kind) i += kind[0].length;
    } else if (c === ')') {
      closedRisky = groups.pop() ?? false;
      if (groups.length === 0) groups.push(false);
      groups[groups.length - 1] ||= closedRisky;
    } else if (c === '|') {
      groups[groups.length - 1] = true;
    }
  }
  if (compiled.test('')) return 'matches-empty';
  return null;
}

/** The non-empty lines of a text box, trimmed and without repeats. */
export function linesOf(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''))];
}

const phrase = z.string().trim().min(MIN_PHRASE).max(MAX_PHRASE);
const pattern = z.string().refine((p) => patternProblem(p) === null, { message: 'unsafe or invalid pattern' });

export const redactionRuleSchema = z.strictObject({
  reason: z.string().trim().min(1).max(MAX_REASON),
  phrases: z.array(phrase).max(MAX_PER_RULE),
  patterns: z.array(pattern).max(MAX_PER_RULE),
}) satisfies z.ZodType<RedactionRule>;

export const redactionRulesSchema = z.array(redactionRuleSchema).max(MAX_RULES);
