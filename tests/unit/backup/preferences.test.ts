import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, preferencesFromRows, validPreference } from '../../../renderer/src/domain/settings.js';

describe('stored preferences are checked before use', () => {
  it('takes valid values, and falls back to the default for each unusable one, naming it', () => {
    const { preferences, invalid } = preferencesFromRows([
      { key: 'language', value: 'xx' },
      { key: 'theme', value: 'dark' },
      { key: 'textSize', value: 1_000_000 },
      { key: 'defaultMarking', value: { toString: 'x' } },
      { key: 'authorName', value: 'A. Tester' },
      { key: 'paper', value: 'Letter' },
      { key: 'topicLexicon', value: { trade: [3] } },
      { key: 'notAPreference', value: 'ignored' },
    ]);
    expect(preferences).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', authorName: 'A. Tester', paper: 'Letter' });
    expect(invalid.sort()).toEqual(['defaultMarking', 'language', 'textSize', 'topicLexicon']);
  });

  it('accepts every value Settings itself can store', () => {
    for (const language of ['', 'en', 'es']) expect(validPreference('language', language)).toBe(true);
    for (const size of [14, 16, 18, 20, 22, 26]) expect(validPreference('textSize', size)).toBe(true);
    expect(validPreference('topicLexicon', null)).toBe(true);
    expect(validPreference('topicLexicon', { 'my topic': ['one term', 'tariff*'] })).toBe(true);
    expect(validPreference('theme', 'neon')).toBe(false);
    for (const density of ['comfortable', 'compact']) expect(validPreference('density', density)).toBe(true);
    for (const bad of ['cosy', '', null, 1]) expect(validPreference('density', bad)).toBe(false);
    expect(DEFAULT_PREFERENCES.density).toBe('comfortable');
    expect(validPreference('checklistView', { group: 'week', sort: 'due', status: 'open', owner: 'Trade desk' })).toBe(true);
    expect(validPreference('checklistView', {})).toBe(true);
    expect(validPreference('checklistView', { group: 'colour' })).toBe(false);
    expect(validPreference('checklistView', { group: 'topic', script: 'x' })).toBe(false);
    expect(preferencesFromRows([]).preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps whether a marking was chosen only as a boolean, and defaults a missing one to not chosen', () => {
    expect(validPreference('markingChosen', true)).toBe(true);
    expect(validPreference('markingChosen', false)).toBe(true);
    for (const bad of ['true', 1, null, {}]) expect(validPreference('markingChosen', bad)).toBe(false);
    const { preferences, invalid } = preferencesFromRows([{ key: 'markingChosen', value: 'yes' }, { key: 'defaultMarking', value: 'UNCLASSIFIED' }]);
    expect(preferences.markingChosen).toBe(false);
    expect(preferences.defaultMarking).toBe('UNCLASSIFIED');
    expect(invalid).toEqual(['markingChosen']);
    expect(preferencesFromRows([{ key: 'theme', value: 'dark' }]).preferences.markingChosen).toBe(false);
  });
});
