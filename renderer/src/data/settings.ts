// Preferences live in the settings table, one row per key. Every value read is checked: a bad
// one (from an old bug, a hand-edited profile or a hostile file) falls back to its default.
import { DEFAULT_PREFERENCES, preferencesFromRows, type Preferences } from '../domain/settings.js';
import { db } from './db.js';

export interface CheckedPreferences {
  preferences: Preferences;
  /** Keys whose stored value was unusable and was replaced by the default. */
  invalid: (keyof Preferences)[];
}

export async function readPreferences(): Promise<CheckedPreferences> {
  const rows = await db().settings.where('key').anyOf(Object.keys(DEFAULT_PREFERENCES)).toArray();
  return preferencesFromRows(rows);
}

export async function loadPreferences(): Promise<Preferences> {
  return (await readPreferences()).preferences;
}

/** Removes stored values so their defaults apply (used for values that failed their check). */
export async function resetPreferences(keys: readonly (keyof Preferences)[]): Promise<void> {
  await db().settings.bulkDelete([...keys]);
}

export async function savePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  await db().settings.put({ key, value });
}
