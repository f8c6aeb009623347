// Preferences live in the settings table, one row per key. Every value read is checked: a bad
// one (from an old bug, a hand-edited profile or a hostile file) falls back to its default.
import { DEFAULT_PREFERENCES, preferencesFromRows, type Preferences } from '../domain/settings.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { sealsRecord } from './protection/fields.js';

export interface CheckedPreferences {
  preferences: Preferences;
  /** Keys whose stored value was unusable and was replaced by the default. */
  invalid: (keyof Preferences)[];
}

export function settingsRepository(database: AppDB) {
  const readPreferences = async (): Promise<CheckedPreferences> => {
    await database.open();
    // A locked library shows its lock screen in the user's theme and language: only the
    // preferences kept readable without the key are read until it is unlocked.
    const locked = database.vault.protectedLibrary && !database.vault.key;
    const keys = Object.keys(DEFAULT_PREFERENCES).filter((key) => !locked || !sealsRecord('settings', { key }));
    // bulkGet, not a where().anyOf() cursor: the cursor would pass over (and try to open) sealed rows.
    const rows = await database.settings.bulkGet(keys);
    return preferencesFromRows(rows.filter((row) => row !== undefined));
  };
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
