// Due dates as staff type them into a field: the periods briefs use ("Q3 2026", "end of June")
// read by our own rules, and everyday phrases ("next friday", "el próximo viernes", "in two
// weeks") read by chrono-node, a maintained natural-language date parser for both languages.
import * as chrono from 'chrono-node';
import { endOfMonth, isoDate, monthNumber, normalizeDue, parseDue } from './due.js';

/** Words that may stand around a date phrase without changing it ("by next friday", "el lunes"). */
const FILLER = /^(?:by|on|the|due|until|before|el|la|los|las|para|antes de|hasta)?$/u;

const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u;

const PARSERS = [chrono.en, chrono.es] as const;

const DAY_MS = 86_400_000;

// In Spanish "el próximo viernes" is the coming Friday, not next week's as chrono reads it (and as
// "next friday" often means in English). Bare "viernes" is read by chrono as the coming one.
const SPANISH_NEXT_WEEKDAY = /^(?:el\s+)?pr[oó]xim[oa]\s+(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)$/iu;

/** "el próximo viernes" as the first such weekday after today (a week on when today is one). */
function fromSpanishNextWeekday(input: string, now: Date): string | null {
  const match = SPANISH_NEXT_WEEKDAY.exec(normalizeDue(input));
  if (!match?.[1]) return null;
  const [result] = chrono.es.parse(match[1], now, { forwardDate: true });
  if (!result) return null;
  let when = result.start.date();
  if (when.toDateString() === now.toDateString()) when = new Date(when.getTime() + 7 * DAY_MS);
  return isoDate(when.getFullYear(), when.getMonth() + 1, when.getDate());
}

function fromChrono(input: string, now: Date): string | null {
  for (const parser of PARSERS) {
    const [result] = parser.parse(input, now, { forwardDate: true });
    if (!result) continue;
    const rest = normalizeDue(input.slice(0, result.index) + input.slice(result.index + result.text.length));
    // A phrase with words the parser did not read ("next friday or so") is not a date we trust.
    if (!FILLER.test(rest)) continue;
    const when = result.start;
    const year = when.get('year') ?? now.getFullYear();
    const month = when.get('month') ?? 1;
    return when.isCertain('day') || when.isCertain('weekday') || !when.isCertain('month')
      ? isoDate(year, month, when.get('day') ?? 1)
      : endOfMonth(year, month);
  }
  return null;
}

/** A month named alone ("June", "fin de junio") is its last day, this year or next if it has passed. */
function fromMonthAlone(input: string, now: Date): string | null {
  const month = monthNumber(normalizeDue(input));
  if (!month) return null;
  const year = now.getFullYear() + (month < now.getMonth() + 1 ? 1 : 0);
  return endOfMonth(year, month);
}

/**
 * The ISO date (YYYY-MM-DD) a typed due date means, relative to `now`, or null when it cannot be
 * read. Periods resolve to their last day; ambiguous numeric dates stay unread.
 */
export function readDueInput(input: string, now: Date): string | null {
  const text = input.trim();
  if (!text) return null;
  // 05/06/2027 is May or June depending on the reader: our rules refuse what they cannot tell.
  if (NUMERIC_DATE.test(text)) return parseDue(text);
  return parseDue(text) ?? fromMonthAlone(text, now) ?? fromSpanishNextWeekday(text, now) ?? fromChrono(text, now);
}
