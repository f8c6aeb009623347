// What the rest of the app reads about its languages, derived from the list in ui-languages.ts.
import { UI_LANGUAGES, type LanguageInfo } from './ui-languages.js';

export type { LanguageInfo };

export type Language = keyof typeof UI_LANGUAGES;

/** The language used when nothing else is known. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Every language code, in the list's order (a non-empty tuple, as z.enum wants). */
export const LANGUAGE_CODES = Object.keys(UI_LANGUAGES) as [Language, ...Language[]];

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && Object.hasOwn(UI_LANGUAGES, value);

export const languageInfo = (language: Language): LanguageInfo => UI_LANGUAGES[language];

/** The app language a BCP 47 tag names ('es-AR' → 'es'), or undefined for one it does not speak. */
export function languageOfTag(tag: string): Language | undefined {
  const base = tag.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : undefined;
}

/** What a locale's text is written like: its own language's, else the fallback's. */
export const infoForLocale = (locale: string): LanguageInfo => languageInfo(languageOfTag(locale) ?? FALLBACK_LANGUAGE);
