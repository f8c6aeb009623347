// Due dates: reading the periods briefs use ("Q3 2024", "June 30, 2025", "primer semestre de 2025")
// into ISO dates, and saying how far away they are.
import { infoForLocale } from '../language/languages.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  ene: 1, enero: 1, febrero: 2, marzo: 3, abr: 4, abril: 4, mayo: 5, junio: 6, julio: 7, ago: 8, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
};

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export const endOfMonth = (year: number, month: number): string | null => isoDate(year, month, daysInMonth(year, month));

/** Lower case without accents, and without the cue words and "end of" that may stand before a date. */
export function normalizeDue(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.,;:)]+$/u, '')
    .replace(/^(?:by|before|due|until|no later than|antes de(?:l)?|para(?: el)?|a mas tardar(?: el| en)?)\s+/u, '')
    .replace(/^(?:the )?end of (?:the )?|^(?:a )?(?:finales|fin) de(?:l)?\s+/u, '');
}

type Rule = [RegExp, (m: RegExpMatchArray) => string | null];

const num = (s: string | undefined): number => Number(s);
/** 1–12 for an English or Spanish month name or abbreviation, else 0. */
export const monthNumber = (s: string | undefined): number => MONTHS[(s ?? '').replace(/\.$/u, '')] ?? 0;

const MONTH_RE = '([a-z]{3,10}\\.?)';

/** Each rule matches the whole normalized input; the first that yields a valid date wins. */
const RULES: Rule[] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/u, (m) => isoDate(num(m[1]), num(m[2]), num(m[3]))],
  [/^(\d{4})-(\d{2})$/u, (m) => endOfMonth(num(m[1]), num(m[2]))],
  [/^(?:q|t)([1-4]) ?[-/]? ?(\d{4})$/u, (m) => endOfMonth(num(m[2]), num(m[1]) * 3)],
  [/^(\d{4}) ?[-/]? ?(?:q|t)([1-4])$/u, (m) => endOfMonth(num(m[1]), num(m[2]) * 3)],
  [/^([1-4])(?:q|t) ?(\d{4})$/u, (m) => endOfMonth(num(m[2]), num(m[1]) * 3)],
  [/^(\w+) (?:quarter|trimestre)(?: of| de| del)? (\d{4})$/u, (m) => (ORDINALS[m[1] ?? ''] ? endOfMonth(num(m[2]), (ORDINALS[m[1] ?? ''] ?? 0) * 3) : null)],
  [/^(?:h|s)([12]) ?[-/]? ?(\d{4})$/u, (m) => endOfMonth(num(m[2]), num(m[1]) * 6)],
  [/^(\d{4}) ?[-/]? ?(?:h|s)([12])$/u, (m) => endOfMonth(num(m[1]), num(m[2]) * 6)],
  [/^(first|second|primer|segundo) (?:half|semestre)(?: of| de| del)? (\d{4})$/u, (m) => endOfMonth(num(m[2]), (ORDINALS[m[1] ?? ''] ?? 0) * 6)],
  [/^(\d{4})$/u, (m) => isoDate(num(m[1]), 12, 31)],
  [new RegExp(`^${MONTH_RE} (\\d{1,2}),? (\\d{4})$`, 'u'), (m) => isoDate(num(m[3]), monthNumber(m[1]), num(m[2]))],
  [new RegExp(`^(\\d{1,2}) (?:de )?${MONTH_RE},? (?:de |del )?(\\d{4})$`, 'u'), (m) => isoDate(num(m[3]), monthNumber(m[2]), num(m[1]))],
  [new RegExp(`^${MONTH_RE},? (?:de |del )?(\\d{4})$`, 'u'), (m) => endOfMonth(num(m[2]), monthNumber(m[1]))],
  [/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u, (m) => numericDate(num(m[1]), num(m[2]), num(m[3]))],
];

/** 30/06/2025 and 06/30/2025 are both clear; 05/06/2025 is not, and a wrong guess is worse than none. */
function numericDate(a: number, b: number, year: number): string | null {
  if (a === b || (a > 12 && b <= 12)) return isoDate(year, b, a);
  if (b > 12 && a <= 12) return isoDate(year, a, b);
  return null;
}

/**
 * The ISO date (YYYY-MM-DD) a period ends on, or null when the input is not a date or is ambiguous.
 * Quarters, halves, months and years resolve to their last day ("Q3 2024" → "2024-09-30").
 */
export function parseDue(input: string): string | null {
  const s = normalizeDue(input);
  for (const [re, toDate] of RULES) {
    const m = s.match(re);
    if (m) return toDate(m);
  }
  return null;
}

const DUE_CUE = /(?<![\p{L}\p{N}])(?:by|before|no later than|until|due|deadline|antes de(?:l)?|a más tardar(?: el| en)?|para(?: el)?)\s+/giu;

/** The words of a date a sentence gives ("… by June 30, 2025" → "June 30, 2025", "antes de marzo de 2025"), if any. */
export function findDatePhrase(text: string): string | null {
  for (const cue of text.matchAll(DUE_CUE)) {
    const words = text.slice((cue.index ?? 0) + cue[0].length).split(/\s+/u).slice(0, 6);
    // The longest run of following words that reads as a date wins ("June 30, 2025" over "June").
    for (let n = words.length; n > 0; n--) {
      const phrase = words.slice(0, n).join(' ');
      if (parseDue(phrase)) return phrase.replace(/[.,;:)]+$/u, '');
    }
  }
  return null;
}

const DAY_MS = 86_400_000;

/** Calendar-day difference between an ISO date and the local date of `now`. */
function daysUntil(due: string, now: Date): number {
  const [y, m, d] = due.split('-').map(Number);
  const dueDay = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((dueDay - today) / DAY_MS);
}

function relativeUnit(days: number): [number, Intl.RelativeTimeFormatUnit] {
  const abs = Math.abs(days);
  if (abs < 14) return [days, 'day'];
  if (abs < 60) return [Math.round(days / 7), 'week'];
  if (abs < 730) return [Math.round(days / 30.44), 'month'];
  return [Math.round(days / 365.25), 'year'];
}

/** "due in 3 weeks", "due tomorrow", "overdue by 2 days"; Spanish: "vence dentro de 3 semanas", "venció hace 2 días". */
export function formatRelativeDue(due: string, now: Date | number, locale: string): string {
  const [value, unit] = relativeUnit(daysUntil(due, new Date(now)));
  const words = infoForLocale(locale).due;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
  const amount = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.abs(value));
  return (value >= 0 ? words.ahead : words.overdue).replace('{relative}', relative).replace('{amount}', amount);
}
