// A source in Chicago author–date style, for the book's sources appendix:
//   Ruiz, Ana, and Tom Hale. 2024. "Kessel Reopens Its Quay." Harbour Gazette, June 3, 2024. https://…
// With no author the publisher leads, and with neither the title does; with no date, "n.d." and
// the day it was retrieved. The content hash that identifies the printed text closes the entry.
import type { SourceCitation } from './sources.js';
import { infoForLocale } from '../language/languages.js';

export interface ChicagoLabels {
  /** BCP 47 language of the book: month names and quotation marks follow it. */
  locale: string;
  /** "n.d." */
  noDate: string;
  /** "Accessed" */
  accessed: string;
  /** "and", between the last two authors. */
  and: string;
  /** "Content hash" */
  hash: string;
}

/** A run of the citation's text; the publication's name is set in italics. */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

const JOINER = /\s*(?:,\s*(?:and|y|et|und)\s+|\s+(?:and|y|et|und|&)\s+|;\s*|,\s*)/i;
/** Lower-case words that belong to a surname: "Ana de la Cruz" files under "de la Cruz". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'di', 'du', 'le', 'bin', 'al']);
/** Words that show a byline names an organisation or a desk, whose name is never inverted. */
const ORGANISATION = /\b(?:staff|desk|team|editors?|editorial|news|press|agency|office|bureau|council|ministry|department|institute|foundation|inc|ltd|llc|corp|redacción|agencia|oficina|rédaction|redaktion)\b/i;

/** The people of a byline, as written: "Ana Ruiz, Tom Hale and Li Wei" → three names. */
export function bylineNames(byline: string): string[] {
  const text = byline.replace(/^\s*(?:by|por|par|von)\s+/i, '').trim();
  if (text === '') return [];
  if (ORGANISATION.test(text)) return [text];
  return text.split(JOINER).map((n) => n.trim()).filter(Boolean);
}

/** "Ana de la Cruz" → "de la Cruz, Ana"; a single word or an organisation stays as it is. */
export function invertName(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || ORGANISATION.test(name) || !words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()))) return name;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return `${words.slice(start).join(' ')}, ${words.slice(0, start).join(' ')}`;
}

/** Chicago's author list: the first author inverted, the rest as written, "and" before the last. */
export function authorList(names: string[], and: string): string {
  if (names.length === 0) return '';
  const [first, ...rest] = names;
  const lead = invertName(first!);
  if (rest.length === 0) return lead;
  return `${[lead, ...rest.slice(0, -1)].join(', ')}, ${and} ${rest.at(-1)}`;
}

function longDate(iso: string, locale: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Ends a part with a full stop unless it already ends with punctuation of its own. */
function closed(text: string): string {
  return /[.!?…]["'”’»)]*$/u.test(text) ? text : `${text}.`;
}

/** Quotation marks for an article's title, in the book's language. */
function quoted(title: string, locale: string): string {
  const inner = closed(title.trim());
  const [open, close] = infoForLocale(locale).quotes;
  return `${open}${inner}${close}`;
}

/** One entry of the sources appendix in Chicago author–date style. */
export function chicagoCitation(c: SourceCitation, labels: ChicagoLabels): CitationPart[] {
  const author = authorList(bylineNames(c.byline), labels.and);
  const publisher = c.publisher.trim();
  // With no author, the publisher stands in for one and is not repeated after the title.
  const lead = author || publisher;
  const year = c.publishedAt ? c.publishedAt.slice(0, 4) : labels.noDate;
  const parts: CitationPart[] = [];
  if (lead) parts.push({ text: `${closed(lead)} ${closed(year)} ${quoted(c.title, labels.locale)}` });
  else parts.push({ text: `${quoted(c.title, labels.locale)} ${closed(year)}` });
  const published = c.publishedAt ? longDate(c.publishedAt, labels.locale) : '';
  if (author && publisher) {
    parts.push({ text: ' ' });
    parts.push({ text: publisher, italic: true });
    parts.push({ text: published ? `, ${published}.` : '.' });
  } else if (published) {
    parts.push({ text: ` ${published}.` });
  }
  if (!c.publishedAt) parts.push({ text: ` ${labels.accessed} ${longDate(c.retrievedAt, labels.locale)}.` });
  if (c.url) parts.push({ text: ` ${c.url}.` });
  // A redacted brief has none: the hash of its whole text would let a guess at the redacted words be checked.
  if (c.contentHash) parts.push({ text: ` ${labels.hash}: ${c.contentHash}.` });
  return parts;
}
