// The Settings form's rules as typed (phrases and patterns in text boxes, one a line) checked and
// turned into rules. Nothing is saved while any rule has a problem, so a half-valid set never
// silently drops a phrase the user meant to redact.
import { MIN_PHRASE, MAX_PHRASE, MAX_REASON, linesOf, patternProblem, type PatternProblem, type RedactionRule } from './rules.js';

export interface RuleDraft {
  reason: string;
  phrases: string;
  patterns: string;
}

export type DraftProblem =
  | { kind: 'no-reason'; rule: number }
  | { kind: 'nothing'; rule: number }
  | { kind: 'short'; rule: number; phrase: string }
  | { kind: 'pattern'; rule: number; pattern: string; why: PatternProblem };

export const draftOf = (rule: RedactionRule): RuleDraft => ({ reason: rule.reason, phrases: rule.phrases.join('\n'), patterns: rule.patterns.join('\n') });

/** The rules, or the problems (rule numbers are 1-based, as shown). Empty drafts are left out. */
export function checkDrafts(drafts: readonly RuleDraft[]): { rules: RedactionRule[]; problems: DraftProblem[] } {
  const rules: RedactionRule[] = [];
  const problems: DraftProblem[] = [];
  drafts.forEach((draft, i) => {
    const rule = i + 1;
    const reason = draft.reason.trim();
    const phrases = linesOf(draft.phrases);
    const patterns = linesOf(draft.patterns);
    if (!reason && phrases.length === 0 && patterns.length === 0) return;
    if (!reason || reason.length > MAX_REASON) problems.push({ kind: 'no-reason', rule });
    if (phrases.length === 0 && patterns.length === 0) problems.push({ kind: 'nothing', rule });
    for (const phrase of phrases) if (phrase.length < MIN_PHRASE || phrase.length > MAX_PHRASE) problems.push({ kind: 'short', rule, phrase });
    for (const pattern of patterns) {
      const why = patternProblem(pattern);
      if (why) problems.push({ kind: 'pattern', rule, pattern, why });
    }
    rules.push({ reason, phrases, patterns });
  });
  return { rules: problems.length ? [] : rules, problems };
}
