import { describe, expect, it } from 'vitest';
import { asksForMarking, defaultMarkingChosen, markingOfAnswer, MARKING_MAX } from '../../../renderer/src/domain/book/marking-choice.js';
import { DEFAULT_PREFERENCES } from '../../../renderer/src/domain/settings.js';

const fresh = { defaultMarking: DEFAULT_PREFERENCES.defaultMarking, markingChosen: DEFAULT_PREFERENCES.markingChosen };

describe('which marking an export prints, and when the user is asked first', () => {
  it('starts with no marking and no choice made', () => {
    expect(fresh).toEqual({ defaultMarking: '', markingChosen: false });
    expect(defaultMarkingChosen(fresh)).toBe(false);
  });

  it('asks before the first export that would fall back on the default', () => {
    expect(asksForMarking(fresh, null)).toBe(true);
    expect(asksForMarking(fresh, '')).toBe(true);
    expect(asksForMarking(fresh, '   ')).toBe(true);
  });

  it('does not ask for a book that carries its own marking: it prints that one', () => {
    expect(asksForMarking(fresh, 'FOR OFFICIAL USE ONLY')).toBe(false);
  });

  it('asks once: any choice, "no marking" included, settles it', () => {
    expect(asksForMarking({ defaultMarking: '', markingChosen: true }, null)).toBe(false);
    expect(asksForMarking({ defaultMarking: 'UNCLASSIFIED', markingChosen: true }, '')).toBe(false);
  });

  it('counts a default typed in Settings before the question existed as a choice', () => {
    expect(defaultMarkingChosen({ defaultMarking: 'RESTRICTED', markingChosen: false })).toBe(true);
    expect(asksForMarking({ defaultMarking: 'RESTRICTED', markingChosen: false }, null)).toBe(false);
  });

  it('turns each answer into the marking it stands for', () => {
    expect(markingOfAnswer({ kind: 'none' })).toBe('');
    expect(markingOfAnswer({ kind: 'preset', preset: 'SENSITIVE BUT UNCLASSIFIED' })).toBe('SENSITIVE BUT UNCLASSIFIED');
    expect(markingOfAnswer({ kind: 'other', text: '  RESTRICTED — STAFF  ' })).toBe('RESTRICTED — STAFF');
  });

  it('refuses an empty or over-long marking of the user\'s own rather than print something unchosen', () => {
    expect(markingOfAnswer({ kind: 'other', text: '   ' })).toBeNull();
    expect(markingOfAnswer({ kind: 'other', text: 'X'.repeat(MARKING_MAX + 1) })).toBeNull();
    expect(markingOfAnswer({ kind: 'other', text: 'X'.repeat(MARKING_MAX) })).toBe('X'.repeat(MARKING_MAX));
  });
});
