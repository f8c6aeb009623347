// User preferences and their defaults.
import { z } from './schema.js';
import type { TopicLexicon } from './text/topics.js';
import { GROUP_BYS, SORT_BYS, type GroupBy, type SortBy } from './items/grouping.js';
import { LANGUAGE_CODES, type Language } from './language/languages.js';
import { redactionRulesSchema, type RedactionRule } from './redaction/rules.js';
import { DEFAULT_SCHEME, markingSchemeSchema, type MarkingScheme } from './marking/levels.js';

/** Every theme, listed once: settings, the reader's menu and the catalogue read this list. */
export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** How tightly lists and forms are set: comfortable (the default) or compact. */
export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

export interface Preferences {
  authorName: string;
  defaultMarking: string;
  /** True once the user chose a default marking, even "none": the first export asks until then. */
  markingChosen: boolean;
  paper: 'A4' | 'Letter';
  theme: Theme;
  /** '' follows the system locale. */
  language: '' | Language;
  textSize: number;
  density: Density;
  /** The topic lexicon used on import; null means the built-in one. */
  topicLexicon: TopicLexicon | null;
  /** The Checklists view last chosen (grouping, order, filters), restored when it is opened again. */
  checklistView: ChecklistView;
  /** Phrases and patterns redacted from every export, each with its reason (since schema v6). */
  redactionRules: RedactionRule[];
  /** Minutes without mouse or keyboard activity before a protected library locks itself. */
  lockAfterMinutes: number;
  /** True once the empty library's offer to protect it was answered (either way): it is not made again. */
  protectionOffered: boolean;
  /** Handling levels, lowest first, that briefs, paragraphs and books carry (since schema v10). */
  markingScheme: MarkingScheme;
}

export interface ChecklistView {
  group?: GroupBy;
  sort?: SortBy;
  status?: string;
  owner?: string;
}

export const DEFAULT_PREFERENCES: Preferences = {
  authorName: '',
  // No marking until the user chooses one: an unchosen "UNCLASSIFIED" would be a false statement.
  defaultMarking: '',
  markingChosen: false,
  paper: 'A4',
  theme: 'system',
  language: '',
  textSize: 18,
  density: 'comfortable',
  topicLexicon: null,
  checklistView: {},
  redactionRules: [],
  lockAfterMinutes: 10,
  protectionOffered: false,
  markingScheme: DEFAULT_SCHEME,
};

/** The idle times Settings offers. There is no "never": an unattended unlocked laptop is in the threat model. */
export const LOCK_AFTER_MINUTES = [1, 5, 10, 15, 30, 60] as const;

export const TEXT_SIZES = [14, 16, 18, 20, 22, 26] as const;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', 'FOR OFFICIAL USE ONLY', 'CONFIDENTIAL — DRAFT'] as const;

// Stored values come from IndexedDB, backups and shared files, so each is checked before use: a
// value the app cannot show (an unknown language, a lexicon of numbers) would break every view.
const lexiconSchema = z.record(z.string().min(1).max(200), z.array(z.string().min(1).max(500)).max(2_000));

export const PREFERENCE_SCHEMAS: { [K in keyof Preferences]: z.ZodType<Preferences[K]> } = {
  authorName: z.string().max(500),
  defaultMarking: z.string().max(500),
  markingChosen: z.boolean(),
  paper: z.enum(['A4', 'Letter']),
  theme: z.enum(THEMES),
  language: z.enum(['', ...LANGUAGE_CODES]),
  textSize: z.number().refine((size) => (TEXT_SIZES as readonly number[]).includes(size)),
  density: z.enum(DENSITIES),
  topicLexicon: lexiconSchema.nullable(),
  checklistView: z.strictObject({
    group: z.enum(GROUP_BYS).optional(),
    sort: z.enum(SORT_BYS).optional(),
    status: z.string().max(40).optional(),
    owner: z.string().max(500).optional(),
  }),
  redactionRules: redactionRulesSchema,
  lockAfterMinutes: z.number().refine((m) => (LOCK_AFTER_MINUTES as readonly number[]).includes(m)),
  protectionOffered: z.boolean(),
  markingScheme: markingSchemeSchema,
};

export const isPreferenceKey = (key: string): key is keyof Preferences => Object.hasOwn(DEFAULT_PREFERENCES, key);

/** True when `value` is one the app can use for the preference `key`. */
export const validPreference = (key: keyof Preferences, value: unknown): boolean => PREFERENCE_SCHEMAS[key].safeParse(value).success;

/**
 * Preferences from stored rows: each valid value is taken, every other falls back to its default
 * and is named in `invalid` so the user can be told. Rows of unknown keys are ignored.
 */
export function preferencesFromRows(rows: readonly { key: string; value: unknown }[]): { preferences: Preferences; invalid: (keyof Preferences)[] } {
  const preferences: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
  const invalid: (keyof Preferences)[] = [];
  for (const { key, value } of rows) {
    if (!isPreferenceKey(key)) continue;
    if (validPreference(key, value)) preferences[key] = value;
    else invalid.push(key);
  }
  return { preferences: preferences as unknown as Preferences, invalid };
}
