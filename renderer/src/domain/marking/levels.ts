// Handling levels: the marking scheme kept in Settings, lowest first. A brief and any of its
// paragraphs (portions) carry a level; a book's banner is the highest level of what it holds.
// Nothing here ever prints a marking below the content: a level that cannot be found (removed
// from the scheme, or from a file of another scheme) counts as the highest one.
import { z } from '../schema.js';

export interface HandlingLevel {
  /** Stable id stored on briefs and paragraphs; renaming a level keeps it. */
  id: string;
  /** The name shown in the app; '' for a built-in level means its name in the UI's language. */
  name: string;
  /** Printed before each portion in parentheses ("SBU" → "(SBU)"); '' prints none. */
  portion: string;
  /** Printed at the top and bottom of each page that holds it; '' prints none. */
  banner: string;
}

export interface MarkingScheme {
  levels: HandlingLevel[];
}

/** Built-in levels: unclassified handling caveats, with names in each UI language (i18n). */
export const BUILT_IN_LEVEL_IDS = ['unmarked', 'u', 'sbu', 'cui'] as const;

export const DEFAULT_SCHEME: MarkingScheme = {
  levels: [
    { id: 'unmarked', name: '', portion: '', banner: '' },
    { id: 'u', name: '', portion: 'U', banner: 'UNCLASSIFIED' },
    { id: 'sbu', name: '', portion: 'SBU', banner: 'SENSITIVE BUT UNCLASSIFIED' },
    { id: 'cui', name: '', portion: 'CUI', banner: 'CUI' },
  ],
};

export const MAX_LEVELS = 20;
export const MAX_LEVEL_NAME = 80;
export const MAX_PORTION = 24;
export const MAX_BANNER = 120;

const levelId = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** A level id as a brief, a paragraph or a book stores it. */
export const levelIdSchema = levelId;

/** Levels per paragraph of a brief: the paragraph's index among the body's blocks → level id. */
export const portionLevelsSchema = z.record(z.string().regex(/^\d{1,6}$/), levelId).refine((r) => Object.keys(r).length <= 100_000);

const levelSchema = z.strictObject({
  id: levelId,
  name: z.string().trim().max(MAX_LEVEL_NAME),
  // Letters, digits, spaces and the joiners markings use ("CUI//SP-PRVCY"); never parentheses.
  portion: z.string().trim().max(MAX_PORTION).regex(/^[\p{L}\p{N} /.-]*$/u),
  banner: z.string().trim().max(MAX_BANNER).regex(/^[^\n\r<>]*$/),
});

/** A scheme as read from Settings, a backup or a shared file: checked whole before any use. */
export const markingSchemeSchema = z
  .strictObject({ levels: z.array(levelSchema).min(1).max(MAX_LEVELS) })
  .refine((s) => new Set(s.levels.map((l) => l.id)).size === s.levels.length, 'level ids must be unique')
  .refine((s) => s.levels.every((l) => l.name !== '' || (BUILT_IN_LEVEL_IDS as readonly string[]).includes(l.id)), 'a level needs a name')
  .refine((s) => s.levels.slice(1).every((l) => l.portion !== ''), 'only the lowest level may go without a portion mark')
  .refine((s) => new Set(s.levels.filter((l) => l.portion !== '').map((l) => l.portion.toUpperCase())).size === s.levels.filter((l) => l.portion !== '').length, 'portion marks must differ');

/** The rank of a level (0 = lowest). Unknown ids rank highest: a marking is never lowered by a lost level. */
export function rankOf(scheme: MarkingScheme, id: string | undefined): number {
  if (id === undefined || id === '') return 0;
  const at = scheme.levels.findIndex((l) => l.id === id);
  return at < 0 ? scheme.levels.length - 1 : at;
}

/** The highest of the given ranks, or 0 (the lowest level) when there are none. */
export const highestRank = (ranks: Iterable<number>): number => Math.max(0, ...ranks);

/** Where a brief's levels live: its own, and those set on single paragraphs. */
export interface LevelledBrief {
  level?: string;
  portionLevels?: Record<string, string>;
}

/** A brief's paragraph's rank: its own level where set, else the brief's. */
export function paragraphRank(scheme: MarkingScheme, brief: LevelledBrief, index: number): number {
  const own = brief.portionLevels?.[String(index)];
  return rankOf(scheme, own ?? brief.level);
}

/** The highest rank in a brief: its own level and every paragraph's. */
export const briefRank = (scheme: MarkingScheme, brief: LevelledBrief): number =>
  highestRank([rankOf(scheme, brief.level), ...Object.values(brief.portionLevels ?? {}).map((id) => rankOf(scheme, id))]);

/**
 * A book's rank: the highest in the briefs it prints, raised to the user's own choice, never
 * lowered by it. `chosen` is the book's stored level (absent: computed from the content alone).
 */
export const bookRank = (scheme: MarkingScheme, briefs: readonly LevelledBrief[], chosen?: string): number =>
  highestRank([...briefs.map((b) => briefRank(scheme, b)), chosen === undefined ? 0 : rankOf(scheme, chosen)]);

/** The levels a book may be set to: its content's level and above. */
export const levelsAllowed = (scheme: MarkingScheme, contentRank: number): HandlingLevel[] => scheme.levels.slice(contentRank);

/** "(SBU) " before a portion, or '' for a level without a portion mark. */
export const portionPrefix = (level: HandlingLevel | undefined): string => (level?.portion ? `(${level.portion}) ` : '');

/** True when some level would print anything (a portion mark or a banner). */
export const printsMarks = (scheme: MarkingScheme, rank: number): boolean => {
  const level = scheme.levels[rank];
  return !!level && (level.banner !== '' || level.portion !== '');
};

/** A new level's id, unused in `scheme`, made from its name. */
export function newLevelId(scheme: MarkingScheme, name: string): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'level';
  const taken = new Set(scheme.levels.map((l) => l.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Why a scheme being edited cannot be saved, named by the level (1-based) it concerns. */
export type SchemeProblem = { kind: 'name' | 'portion' | 'banner'; level: number } | { kind: 'duplicate'; portion: string };

/** The problems of an edited scheme, each said once; none means `markingSchemeSchema` accepts it. */
export function schemeProblems(scheme: MarkingScheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const builtIn = (id: string) => (BUILT_IN_LEVEL_IDS as readonly string[]).includes(id);
  scheme.levels.forEach((l, i) => {
    const level = i + 1;
    if ((l.name.trim() === '' && !builtIn(l.id)) || l.name.trim().length > MAX_LEVEL_NAME) problems.push({ kind: 'name', level });
    const portion = l.portion.trim();
    if ((i > 0 && portion === '') || portion.length > MAX_PORTION || !/^[\p{L}\p{N} /.-]*$/u.test(portion)) problems.push({ kind: 'portion', level });
    if (l.banner.trim().length > MAX_BANNER || /[\n\r<>]/.test(l.banner)) problems.push({ kind: 'banner', level });
  });
  const seen = new Set<string>();
  for (const l of scheme.levels) {
    const portion = l.portion.trim().toUpperCase();
    if (portion !== '' && seen.has(portion)) problems.push({ kind: 'duplicate', portion: l.portion.trim() });
    seen.add(portion);
  }
  return problems;
}
