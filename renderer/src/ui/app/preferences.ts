// The current preferences, applied to the whole document: theme, text size and language.
import { DEFAULT_PREFERENCES, type Preferences } from '../../domain/settings.js';
import { loadPreferences, savePreference } from '../../data/settings.js';
import { pickLanguage, setLanguage } from '../i18n/index.js';
import { localeFor, setFormatLocale } from '../format.js';

let current: Preferences = { ...DEFAULT_PREFERENCES };
const listeners = new Set<(p: Preferences) => void>();

export function preferences(): Preferences {
  return current;
}

export function onPreferencesChange(listener: (p: Preferences) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function apply(p: Preferences): void {
  const root = document.documentElement;
  if (p.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = p.theme;
  root.style.setProperty('--cy-text-size', `${p.textSize}px`);
  const language = p.language || pickLanguage(navigator.languages ?? [navigator.language]);
  setLanguage(language);
  setFormatLocale(localeFor(language));
}

export async function initPreferences(): Promise<Preferences> {
  current = await loadPreferences();
  apply(current);
  listeners.forEach((l) => l(current));
  return current;
}

export async function updatePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  current = { ...current, [key]: value };
  apply(current);
  listeners.forEach((l) => l(current));
  await savePreference(key, value);
}
