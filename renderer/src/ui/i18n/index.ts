// UI language: one of domain/language/ui-languages.ts, from settings or else the system locale.
import type { ItemStatus } from '../../domain/types.js';
import { FALLBACK_LANGUAGE, LANGUAGE_CODES, languageInfo, languageOfTag, type Language } from '../../domain/language/languages.js';
import type { MessageKey } from './en.js';
import { CATALOGS } from './catalogs.js';

export type { Language };

// Unit tests load the catalogs in Node, which may have no navigator.
let language: Language = pickLanguage(globalThis.navigator ? (navigator.languages ?? [navigator.language]) : []);

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** The choices of a language menu, each named in its own language. */
export const languageChoices = (): { value: Language; label: string }[] =>
  LANGUAGE_CODES.map((value) => ({ value, label: languageInfo(value).name }));

export function currentLanguage(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
}

// A count's wording: {count, plural, one {# brief} other {# briefs}} picks the form that
// Intl.PluralRules names for the number in the language ('#' is the number), or `other`.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of `forms` (a plural message's body) that fits `n` in `lang`. */
function pluralForm(lang: Language, n: number, forms: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const byName = new Map([...forms.matchAll(FORM)].map((m) => [m[1]!, m[2]!]));
  const form = byName.get(`=${n}`) ?? byName.get(rules.select(n)) ?? byName.get('other') ?? '';
  return form.replace(/#/g, n.toLocaleString(lang));
}

/** Numbers are written the language's way (10,000 / 10.000). */
const show = (value: string | number, lang: Language): string => (typeof value === 'number' ? value.toLocaleString(lang) : value);

/** Looks up a message, chooses its plural forms and fills {placeholders}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Language = language): string {
  return CATALOGS[lang][key]
    .replace(PLURAL, (whole, name: string, forms: string) => (name in params ? pluralForm(lang, Number(params[name]), forms) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? show(params[name]!, lang) : whole));
}

export type { MessageKey };

/** A topic's display name: the built-in topics are translated, the user's own shown as typed. */
export function topicLabel(topic: string, lang: Language = language): string {
  const key = `topic.${topic}`;
  return key in CATALOGS[lang] ? CATALOGS[lang][key as MessageKey] : topic;
}

/** The one name of a checklist status in a language: the screen, the PDF and the exports all use it. */
export function statusLabel(status: ItemStatus, lang: Language = language): string {
  return t(`status.${status}`, {}, lang);
}
