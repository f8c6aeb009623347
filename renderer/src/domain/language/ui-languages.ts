// The languages Chancery speaks: its screens, printed books and exports. This is the one list;
// settings, book options, their checks, the language menus and the catalogs' type derive from it.
// Adding a language: an entry here and its catalog in ui/i18n (README, "Adding a language").
export interface LanguageInfo {
  /** The language's name in itself, as language menus show it. */
  name: string;
  /** The regional usage its dates and numbers are written in (BCP 47). */
  locale: string;
  /** Quotation marks around a cited title. */
  quotes: readonly [string, string];
  /** A due date relative to today: {relative} is Intl's "in 3 weeks", {amount} its "2 days". */
  due: { ahead: string; overdue: string };
}

export const UI_LANGUAGES = {
  en: { name: 'English', locale: 'en-US', quotes: ['“', '”'], due: { ahead: 'due {relative}', overdue: 'overdue by {amount}' } },
  es: { name: 'Español', locale: 'es-MX', quotes: ['«', '»'], due: { ahead: 'vence {relative}', overdue: 'venció {relative}' } },
} as const satisfies Record<string, LanguageInfo>;
