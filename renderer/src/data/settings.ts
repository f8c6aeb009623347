// Preferences live in the settings table, one row per key. Every value read is checked: a bad
// one (from an old bug, a hand-edited profile or a hostile file) falls back to its default.
import { DEFAULT_PREFERENCES, preferencesFromRows, type Preferences } from '../domain/settings.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';

export interface CheckedPreferences {
  preferences: Preferences;
  /** Keys whose stored value was unusable and was replaced by the default. */
  invalid: (keyof Preferences)[];
}

export function settingsRepository(database: AppDB) {
  const readPreferences = async (): Promise<CheckedPreferences> =>
    preferencesFromRows(await database.settings.where('key').anyOf(Object.keys(DEFAULT_PREFERENCES)).toArray());
  return {
    readPreferences,

    loadPreferences: async (): Promise<Preferences> => (await readPreferences()).preferences,

    /** Removes stored values so their defaults apply (used for values that failed their check). */
    async resetPreferences(keys: readonly (keyof Preferences)[]): Promise<void> {
      await database.settings.bulkDelete([...keys]);
    },

    async savePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
      await database.settings.put({ key, value });
    },
  };
}

export const { readPreferences, loadPreferences, resetPreferences, savePreference } = boundToApp(settingsRepository);
