// Preferences live in the settings table, one row per key.
import { DEFAULT_PREFERENCES, type Preferences } from '../domain/settings.js';
import { db } from './db.js';

export async function loadPreferences(): Promise<Preferences> {
  const rows = await db().settings.where('key').anyOf(Object.keys(DEFAULT_PREFERENCES)).toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { ...DEFAULT_PREFERENCES, ...stored } as Preferences;
}

export async function savePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  await db().settings.put({ key, value });
}
