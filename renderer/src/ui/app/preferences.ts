// The current preferences, applied to the whole document: theme, text size, density and language.
import { DEFAULT_PREFERENCES, type Preferences } from '../../domain/settings.js';
import { readPreferences, resetPreferences, savePreference } from '../../data/settings.js';
import { pickLanguage, setLanguage, type MessageKey } from '../i18n/index.js';
import { localeFor, setFormatLocale } from '../format.js';

/** The Settings label of each preference, to name one in a notice. */
export const PREFERENCE_LABELS: { [K in keyof Preferences]: MessageKey } = {
  authorName: 'settings.author',
  defaultMarking: 'settings.marking',
  markingChosen: 'settings.marking',
  paper: 'settings.paper',
  theme: 'settings.theme',
  language: 'settings.language',
  textSize: 'settings.textSize',
  density: 'settings.density',
  topicLexicon: 'topics.title',
  checklistView: 'checklists.title',
  redactionRules: 'redaction.rulesTitle',
  lockAfterMinutes: 'protection.lockAfter',
  protectionOffered: 'protection.title',
  markingScheme: 'markingScheme.title',
};

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
  root.dataset.density = p.density;
  const language = p.language || pickLanguage(navigator.languages ?? [navigator.language]);
  setLanguage(language);
  setFormatLocale(localeFor(language));
}

/**
 * Reads and applies the stored preferences. Values that fail their check are reset to their
 * defaults (so the app stays usable) and reported to `onReset`, which tells the user.
 */
export async function initPreferences(onReset: (keys: (keyof Preferences)[]) => void = () => undefined): Promise<Preferences> {
  const { preferences: read, invalid } = await readPreferences();
  current = read;
  apply(current);
  if (invalid.length > 0) {
    await resetPreferences(invalid);
    onReset(invalid);
  }
  listeners.forEach((l) => l(current));
  return current;
}

export async function updatePreference<K extends keyof Preferences>(key: K, value: Preferences[K]): Promise<void> {
  current = { ...current, [key]: value };
  apply(current);
  listeners.forEach((l) => l(current));
  await savePreference(key, value);
}

/** The user's choice of default marking, from Settings or the first export's question: asked no more. */
export async function chooseDefaultMarking(marking: string): Promise<void> {
  await updatePreference('defaultMarking', marking);
  await updatePreference('markingChosen', true);
}
