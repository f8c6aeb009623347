// Redaction rules: which user patterns are refused before they are ever run, and how typed rules
// become stored ones.
import { describe, expect, it } from 'vitest';
import { patternProblem, redactionRulesSchema } from '../../../renderer/src/domain/redaction/rules.js';
import { checkDrafts } from '../../../renderer/src/domain/redaction/drafts.js';

describe('patternProblem', () => {
  it('accepts ordinary patterns', () => {
    for (const p of ['\\b[A-Z]{2}\\d{6}\\b', 'agent\\s+\\w+', '(?:Mr|Ms)\\.? Quillon', '\\d{3}-\\d{4}', '[a-z]+@[a-z]+\\.org', '(?<=code )\\w+']) {
      expect(patternProblem(p), p).toBeNull();
    }
  });

  it('refuses the shapes that backtrack exponentially', () => {
    for (const p of ['(a+)+$', '(a*)*b', '(\\w+\\s?)*x', '(a|aa)+', '(?:x|y)*z', '((ab)+c)+', '(a{2,5})*']) {
      expect(patternProblem(p), p).toBe('nested-repeat');
    }
  });

  it('refuses invalid, backreferencing, huge, empty-matching and over-long patterns', () => {
    expect(patternProblem('(unclosed')).toBe('invalid');
    expect(patternProblem('(a)\\1')).toBe('backreference');
    expect(patternProblem('(?<w>a)\\k<w>')).toBe('backreference');
    expect(patternProblem('a{5000}')).toBe('huge-repeat');
    expect(patternProblem('x*')).toBe('matches-empty');
    expect(patternProblem('a|')).toBe('matches-empty');
    expect(patternProblem('a'.repeat(201))).toBe('too-long');
  });

  it('reads escapes and classes as single characters, not as groups or repeats', () => {
    expect(patternProblem('\\(a\\)+')).toBeNull();
    expect(patternProblem('[(+*]+x')).toBeNull();
    expect(patternProblem('(a?)?b')).toBeNull();
  });

  it('the stored rules refuse an unsafe pattern and a one-letter phrase', () => {
    expect(redactionRulesSchema.safeParse([{ reason: 'Privacy', phrases: ['Ines Varro'], patterns: ['\\d{4}'] }]).success).toBe(true);
    expect(redactionRulesSchema.safeParse([{ reason: 'Privacy', phrases: [], patterns: ['(a+)+'] }]).success).toBe(false);
    expect(redactionRulesSchema.safeParse([{ reason: 'Privacy', phrases: ['x'], patterns: [] }]).success).toBe(false);
    expect(redactionRulesSchema.safeParse([{ reason: '', phrases: ['Ines Varro'], patterns: [] }]).success).toBe(false);
  });
});

describe('checkDrafts', () => {
  it('turns text boxes into rules, one phrase a line, leaving blank drafts out', () => {
    const { rules, problems } = checkDrafts([
      { reason: ' Source ', phrases: 'Ines Varro\n\n  Calder Wharf  \nInes Varro', patterns: '' },
      { reason: '', phrases: '', patterns: '' },
    ]);
    expect(problems).toEqual([]);
    expect(rules).toEqual([{ reason: 'Source', phrases: ['Ines Varro', 'Calder Wharf'], patterns: [] }]);
  });

  it('saves nothing while any rule has a problem, and names each one', () => {
    const { rules, problems } = checkDrafts([
      { reason: 'Ok', phrases: 'Fine phrase', patterns: '' },
      { reason: '', phrases: 'x', patterns: '(a+)+' },
      { reason: 'Empty', phrases: ' \n ', patterns: '' },
    ]);
    expect(rules).toEqual([]);
    expect(problems).toEqual([
      { kind: 'no-reason', rule: 2 },
      { kind: 'short', rule: 2, phrase: 'x' },
      { kind: 'pattern', rule: 2, pattern: '(a+)+', why: 'nested-repeat' },
      { kind: 'nothing', rule: 3 },
    ]);
  });
});
