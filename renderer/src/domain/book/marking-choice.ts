// Which handling marking an export prints, and when the user must be asked first. Nothing is
// printed that the user did not choose: the default is no marking, and the first export that
// would fall back on the default asks which one to use (including none), once.
import type { MARKING_PRESETS, Preferences } from '../settings.js';

type MarkingPreferences = Pick<Preferences, 'defaultMarking' | 'markingChosen'>;

/** The longest marking Settings and books accept (as their schemas do). */
export const MARKING_MAX = 500;

/**
 * True once a default has been chosen: by answering the question, or in Settings. A profile from
 * before the question existed has no flag, but a default marking it holds was typed by the user.
 */
export const defaultMarkingChosen = (p: MarkingPreferences): boolean => p.markingChosen || p.defaultMarking.trim() !== '';

/**
 * Whether an export must first ask for the default marking. `ownMarking` is the book's own
 * marking, or null for a single brief, which has none of its own and always prints the default.
 * A book with its own marking was marked by the user: it prints that, so there is nothing to ask.
 */
export function asksForMarking(p: MarkingPreferences, ownMarking: string | null): boolean {
  return !defaultMarkingChosen(p) && !(ownMarking ?? '').trim();
}

/** One answer to the question: no marking, a preset, or the user's own text. */
export type MarkingAnswer = { kind: 'none' } | { kind: 'preset'; preset: (typeof MARKING_PRESETS)[number] } | { kind: 'other'; text: string };

/** The marking an answer stands for, or null when it is not one to accept (empty or too long "other"). */
export function markingOfAnswer(answer: MarkingAnswer): string | null {
  if (answer.kind === 'none') return '';
  if (answer.kind === 'preset') return answer.preset;
  const text = answer.text.trim();
  return text && text.length <= MARKING_MAX ? text : null;
}
