// Display formatting through Intl, in the UI's locale (or a printed book's, when given).
import { languageInfo, type Language } from '../domain/language/languages.js';

let locale = navigator.language || 'en';

/** The regional usage each UI language formats with. */
export const localeFor = (language: Language): string => languageInfo(language).locale;

export function setFormatLocale(next: string): void {
  locale = next;
}

/** One formatter per locale: creating one costs about a millisecond, and the library draws dozens of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string | null | undefined, inLocale = locale): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(inLocale);
  if (!format) dateFormats.set(inLocale, (format = new Intl.DateTimeFormat(inLocale, { dateStyle: 'medium' })));
  return format.format(date);
}

/** A calendar date with its weekday ("Fri, Dec 11, 2026"), to show how a typed date was read. */
export function formatLongDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number): string {
  // Made once per locale: building a formatter costs far more than using one.
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
