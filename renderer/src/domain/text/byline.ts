// Bylines as copied pages print them under the headline, in English, Spanish, French and German:
// "By Ana Ruiz, Staff Writer", "by Ana Ruiz @handle June 3, 2024", "Par Ana Ruiz", or a bare
// name on its own line with a date, a time or a reading time right after it.
import { findDate } from './dates.js';

export interface PageByline {
  /** Index, in the lines given, of the line holding the byline. */
  at: number;
  byline: string;
  publishedAt: string | null;
  /** The line is only the byline (and date): it can leave the body. */
  whole: boolean;
}

const BY = /^[^\p{L}\p{N}]*(?:written by|posted by|published by|by|por|escrito por|publicado por|par|von)\s+/iu;
/** A name word: capitalised (or all capitals), with initials, hyphens and apostrophes. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const JOINERS = new Set(['and', 'y', 'et', 'und', '&']);
/** Particles inside names: "Van der Berg", "de la Cruz", "da Silva". */
const PARTICLES = new Set(['de', 'del', 'la', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'di', 'le', 'du', 'bin', 'al']);
const TIME_OR_AGE = /^(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|\d+\s*(?:h|min|mins|minutes?|hours?|days?|d)\b(?:\s*ago)?|\d+\s*min(?:ute)?s?\s+read\b|updated\b|actualizado\b|mis à jour\b|aktualisiert\b|\d{1,2}\/\d{1,2}\/\d{2,4}\b|\d{1,2}\.\d{1,2}\.\d{2,4}\b)/i;

/** The leading name(s) of `text`: each person 2 to 4 name words, up to three people joined by "and". */
function leadingName(text: string): { name: string; rest: string } | null {
  // Scrapers glue handles and dates to names: "Nolan22 Dec", "Wilkinson@alissamarie".
  const tokens = text.replace(/(\p{Ll})(?=[\d@])/gu, '$1 ').split(/\s+/).filter(Boolean);
  const people: string[][] = [[]];
  let used = 0;
  for (const raw of tokens) {
    const word = raw.replace(/[,;:•|]+$/, '');
    const person = people.at(-1)!;
    if (NAME_WORD.test(word) || (person.length > 0 && PARTICLES.has(word.toLowerCase()))) person.push(word);
    else if (person.length >= 2 && JOINERS.has(word.toLowerCase()) && people.length < 3) people.push([]);
    else break;
    used++;
    if (person.length > 4 + person.filter((w) => PARTICLES.has(w.toLowerCase())).length) return null;
    if (word !== raw) break; // a comma or bullet closes the name: what follows is a job or an outlet
  }
  const complete = people.filter((p) => p.length > 0);
  for (const p of complete) while (p.length && PARTICLES.has(p.at(-1)!.toLowerCase())) p.pop();
  if (complete.length === 0 || complete.some((p) => p.length < 2)) return null;
  const names = complete.map((p) => p.join(' '));
  const name = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return { name, rest: tokens.slice(used).join(' ').replace(/^[\s,;:•|@–—-]+/, '') };
}

function dateOf(text: string): string | null {
  return findDate(text)?.iso ?? null;
}

/** A line with a date, a time, an age ("8h", "1 day ago") or a reading time: what follows a bare byline. */
function isStamp(text: string): boolean {
  return dateOf(text) !== null || TIME_OR_AGE.test(text.trim());
}

/**
 * The first byline among `lines` (the lines just below a page's headline): a "By …" line, or a
 * bare name followed on its line or the next by a date, time or reading time.
 */
export function findPageByline(lines: string[]): PageByline | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    const by = BY.exec(text);
    if (by) {
      const lead = leadingName(text.slice(by[0].length));
      if (lead) return { at: i, byline: lead.name, publishedAt: dateOf(lead.rest), whole: lead.rest.split(/\s+/).length <= 12 };
      continue;
    }
    const bare = leadingName(text);
    if (!bare || text.split(/\s+/).length > 12) continue;
    const next = lines[i + 1]?.trim() ?? '';
    if (bare.rest === '' ? isStamp(next) : isStamp(bare.rest)) {
      return { at: i, byline: bare.name, publishedAt: dateOf(bare.rest) ?? dateOf(next), whole: true };
    }
  }
  return null;
}
