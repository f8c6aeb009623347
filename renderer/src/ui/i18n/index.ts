// UI language: English or Spanish, from settings or else the system locale.
import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type Language = 'en' | 'es';
export const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, es };

let language: Language = pickLanguage(navigator.languages ?? [navigator.language]);

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

export function currentLanguage(): Language {
  return language;
}

export function setLanguage(next: Language): void {
  language = next;
  document.documentElement.lang = next;
}

/** Looks up a message and fills {placeholders}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Language = language): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey };

/** A topic's display name: the built-in topics are translated, the user's own shown as typed. */
export function topicLabel(topic: string): string {
  const key = `topic.${topic}`;
  return key in CATALOGS[language] ? CATALOGS[language][key as MessageKey] : topic;
}
