import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEME,
  bookRank,
  briefRank,
  highestRank,
  levelsAllowed,
  markingSchemeSchema,
  newLevelId,
  paragraphRank,
  portionPrefix,
  rankOf,
  schemeProblems,
  type MarkingScheme,
} from '../../../renderer/src/domain/marking/levels.js';
import { preferencesFromRows } from '../../../renderer/src/domain/settings.js';

const scheme = DEFAULT_SCHEME;

describe('handling levels: order and the highest', () => {
  it('ranks levels lowest first, an absent level as the lowest and a lost one as the highest', () => {
    expect(scheme.levels.map((l) => l.portion)).toEqual(['', 'U', 'SBU', 'CUI']);
    expect(rankOf(scheme, undefined)).toBe(0);
    expect(rankOf(scheme, 'sbu')).toBe(2);
    expect(rankOf(scheme, 'cui')).toBe(3);
    expect(rankOf(scheme, 'gone-from-the-scheme')).toBe(3);
    expect(highestRank([])).toBe(0);
    expect(highestRank([1, 3, 2])).toBe(3);
  });

  it('a paragraph takes its own level where set, else the brief’s; a brief is its highest', () => {
    const brief = { level: 'sbu', portionLevels: { '2': 'cui', '4': 'unmarked' } };
    expect(paragraphRank(scheme, brief, 0)).toBe(2);
    expect(paragraphRank(scheme, brief, 2)).toBe(3);
    expect(paragraphRank(scheme, brief, 4)).toBe(0);
    expect(briefRank(scheme, brief)).toBe(3);
    expect(briefRank(scheme, {})).toBe(0);
  });

  it('a book is its highest content, raised by the user’s choice but never lowered by it', () => {
    const briefs = [{ level: 'sbu' }, {}];
    expect(bookRank(scheme, briefs)).toBe(2);
    expect(bookRank(scheme, briefs, 'u')).toBe(2);
    expect(bookRank(scheme, briefs, 'cui')).toBe(3);
    expect(levelsAllowed(scheme, 2).map((l) => l.id)).toEqual(['sbu', 'cui']);
  });

  it('prints a portion mark only for levels that have one', () => {
    expect(portionPrefix(scheme.levels[2])).toBe('(SBU) ');
    expect(portionPrefix(scheme.levels[0])).toBe('');
  });

  it('makes new ids from names, never one already taken', () => {
    expect(newLevelId(scheme, 'CUI')).toBe('cui-2');
    expect(newLevelId(scheme, 'Nivel privado')).toBe('nivel-privado');
    expect(newLevelId(scheme, '¡!')).toBe('level');
  });
});

describe('a marking scheme read from storage or a file', () => {
  const withLevels = (levels: MarkingScheme['levels']) => ({ levels });
  it('accepts the default and an edited scheme', () => {
    expect(markingSchemeSchema.safeParse(scheme).success).toBe(true);
    const edited = withLevels([...scheme.levels, { id: 'cui-sp', name: 'CUI Specified', portion: 'CUI//SP-PRVCY', banner: 'CUI//SP-PRVCY' }]);
    expect(markingSchemeSchema.safeParse(edited).success).toBe(true);
  });

  it.each([
    ['no levels', withLevels([])],
    ['a duplicate id', withLevels([scheme.levels[0]!, scheme.levels[1]!, { ...scheme.levels[2]!, id: 'u' }])],
    ['a user level without a name', withLevels([scheme.levels[0]!, { id: 'x', name: '', portion: 'X', banner: 'X' }])],
    ['a level above the lowest without a portion mark', withLevels([scheme.levels[0]!, { id: 'x', name: 'X', portion: '', banner: 'X' }])],
    ['a portion mark with parentheses', withLevels([scheme.levels[0]!, { id: 'x', name: 'X', portion: '(X)', banner: 'X' }])],
    ['a banner with markup', withLevels([scheme.levels[0]!, { id: 'x', name: 'X', portion: 'X', banner: '<b>X</b>' }])],
    ['two levels with one portion mark', withLevels([scheme.levels[0]!, { id: 'x', name: 'X', portion: 'SBU', banner: 'X' }, scheme.levels[2]!])],
    ['an unknown field', { levels: [{ ...scheme.levels[0]!, colour: 'red' }] }],
  ])('refuses %s', (_, value) => {
    expect(markingSchemeSchema.safeParse(value).success).toBe(false);
  });

  it('falls back to the default scheme when the stored one is unusable, and says so', () => {
    const { preferences, invalid } = preferencesFromRows([{ key: 'markingScheme', value: { levels: 'all of them' } }]);
    expect(preferences.markingScheme).toEqual(DEFAULT_SCHEME);
    expect(invalid).toEqual(['markingScheme']);
  });

  it('names each problem of an edited scheme by its level', () => {
    const problems = schemeProblems(withLevels([
      scheme.levels[0]!,
      { id: 'x', name: ' ', portion: 'X', banner: 'X' },
      { id: 'y', name: 'Y', portion: '', banner: 'Y' },
      { id: 'z', name: 'Z', portion: 'x', banner: 'Z\nZ' },
    ]));
    expect(problems).toEqual([
      { kind: 'name', level: 2 },
      { kind: 'portion', level: 3 },
      { kind: 'banner', level: 4 },
      { kind: 'duplicate', portion: 'x' },
    ]);
    expect(schemeProblems(scheme)).toEqual([]);
  });
});
