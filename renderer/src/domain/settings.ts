// User preferences and their defaults.
import { z } from 'zod';
import type { TopicLexicon } from './text/topics.js';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Preferences {
  authorName: string;
  defaultMarking: string;
  paper: 'A4' | 'Letter';
  theme: Theme;
  /** '' follows the system locale. */
  language: '' | 'en' | 'es';
  textSize: number;
  /** The topic lexicon used on import; null means the built-in one. */
  topicLexicon: TopicLexicon | null;
}

export const DEFAULT_PREFERENCES: Preferences = {
  authorName: '',
  defaultMarking: 'UNCLASSIFIED',
  paper: 'A4',
  theme: 'system',
  language: '',
  textSize: 18,
  topicLexicon: null,
};

export const TEXT_SIZES = [14, 16, 18, 20, 22, 26] as const;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', 'FOR OFFICIAL USE ONLY', 'CONFIDENTIAL — DRAFT'] as const;

// Stored values come from IndexedDB, backups and shared files, so each is checked before use: a
// value the app cannot show (an unknown language, a lexicon of numbers) would break every view.
const lexiconSchema = z.record(z.string().min(1).max(200), z.array(z.string().min(1).max(500)).max(2_000));

export const PREFERENCE_SCHEMAS: { [K in keyof Preferences]: z.ZodType<Preferences[K]> } = {
  authorName: z.string().max(500),
  defaultMarking: z.string().max(500),
  paper: z.enum(['A4', 'Letter']),
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  language: z.enum(['', 'en', 'es']),
  textSize: z.number().refine((size) => (TEXT_SIZES as readonly number[]).includes(size)),
  topicLexicon: lexiconSchema.nullable(),
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
