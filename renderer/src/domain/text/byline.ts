// Bylines as copied pages print them under the headline, in English, Spanish, French and German:
// "By Ana Ruiz, Staff Writer", "by Ana Ruiz @handle June 3, 2024", "Par Ana Ruiz", or a bare
// name on its own line with a date, a time or a reading time right after it.
import { shapeOf } from './article-span.js';
import { findDate } from './dates.js';
import { countWords, endsLikeSentence } from './lines.js';

export interface PageByline {
  /** Index, in the lines given, of the line holding the byline. */
  at: number;
  byline: string;
  publishedAt: string | null;
  /** The line is only the byline (and date): it can leave the body. */
  whole: boolean;
  /** Introduced as a byline ("By …", "Par …"), not only a name next to a date. */
  labelled: boolean;
}

const BY = /^[^\p{L}\p{N}]*(?:written by|posted by|published by|by|por|escrito por|publicado por|par|von)\s+/iu;
/** A name introduced after a date on a stamp line. */
const DATED_BY = /\s(?:by|por|par|von)\s+(\p{Lu}.*)$/u;

/** Capitalised words of page furniture that a bare name never contains ("Newer Article", "Follow Author"). */
const NOT_A_NAME = /\b(?:article|articles|post|posts|story|stories|news|home|menu|page|blog|read|more|next|previous|newer|older|follow|author|share|comments?|subscribe|related|artículo|noticias|inicio|suivant|précédent|weiter|zurück)\b/i;

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
      if (lead) return { at: i, byline: lead.name, publishedAt: dateOf(lead.rest), whole: lead.rest.split(/\s+/).length <= 12, labelled: true };
      continue;
    }
    // "Posted on June 3, 2024 by Ana Ruiz", "Publicado el 3 de junio de 2024 por Ana Ruiz"
    const after = DATED_BY.exec(text);
    if (after && dateOf(text.slice(0, after.index))) {
      const lead = leadingName(after[1]!);
      if (lead) return { at: i, byline: lead.name, publishedAt: dateOf(text), whole: lead.rest.split(/\s+/).length <= 6, labelled: true };
    }
    const bare = leadingName(text);
    if (!bare || text.split(/\s+/).length > 12 || NOT_A_NAME.test(bare.name)) continue;
    const next = lines[i + 1]?.trim() ?? '';
    if (bare.rest === '' ? isStamp(next) : isStamp(bare.rest)) {
      return { at: i, byline: bare.name, publishedAt: dateOf(bare.rest) ?? dateOf(next), whole: true, labelled: false };
    }
  }
  return null;
}

// No /i flag: with it \p{Lu} would also match lower case, and "By reinforcing…" is prose.
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR|[Ww]ritten by|[Ee]scrito por)\s+(\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and|y|&|\p{Lu}[\p{L}'’.-]*))*)\s*(?:[|·,—–-]\s*(.*))?$/u;

export interface Byline {
  byline: string;
  publishedAt: string | null;
}

/** "By Jane Roe | June 3, 2024" → name and date; null when the line is not a byline. */
export function parseByline(line: string): Byline | null {
  const text = line.trim().replace(/^[*_]+|[*_]+$/g, '');
  const m = BYLINE.exec(text);
  if (!m || countWords(m[1]!) > 8) return null;
  const rest = m[2] ?? '';
  // "By Monday, the Senate had…" is a sentence, not a name and an outlet or date.
  if (countWords(rest) > 8 || endsLikeSentence(rest)) return null;
  const name = m[1]!.replace(/[\s,]+$/, '');
  return { byline: name, publishedAt: rest ? (findDate(rest)?.iso ?? null) : null };
}

/** Parts that follow a name in a byline field and never name anyone: a weekday or a job title. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;
const ROLE = /^(?:(?:senior|chief|staff|contributing|special|guest|deputy)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|redactora?|periodista|corresponsal|columnista|editora?|colaboradora?)s?$/i;
const PART = /\s*(?:[,;|·•—–]|\s-\s)\s*/u;

/**
 * A byline field as pages fill it ("By Ana Ruiz, 14 May 2026, 10:00 AM", "Por María López · Redactora")
 * → the names alone and the date it carried. Names are kept as written, joined by commas.
 */
export function splitByline(field: string): Byline {
  let text = field.trim().replace(BY, '');
  let publishedAt: string | null = null;
  // Dates go first: their own commas ("May 14, 2026") would otherwise split them into parts.
  for (let date = findDate(text); date; date = findDate(text)) {
    publishedAt ??= date.iso;
    text = text.replace(date.text, ',');
  }
  const names = text
    .split(PART)
    .map((part) => part.trim())
    .filter((part) => {
      // Lower-case words lead into what follows ("at 10:00 AM", "and Li Wei"); with none left the part was only glue.
      const core = part.replace(/^(?:\p{Ll}+\s+)+/u, '');
      return /\p{Lu}/u.test(core) && !WEEKDAY.test(core) && !ROLE.test(core) && !TIME_OR_AGE.test(core);
    });
  return { byline: names.join(', '), publishedAt };
}

/** A dateline: little besides the date, or a date opening a line of stamps ("Dec. 6, 2024, 10:00 PM / Updated …"). */
export function isDateLine(text: string): string | null {
  const date = findDate(text);
  if (!date) return null;
  if (countWords(text) <= countWords(date.text) + 4) return date.iso;
  const before = countWords(text.slice(0, text.indexOf(date.text)));
  return before <= 3 && countWords(text) <= 20 && shapeOf(text) !== 'prose' ? date.iso : null;
}

