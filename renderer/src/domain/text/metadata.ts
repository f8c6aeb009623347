// Facts computed from a brief's text: language, length, excerpt and a re-import fingerprint.
import { countWords, endsLikeSentence, markdownToPlain, splitLines, words } from './lines.js';

const EN = new Set('the and of to in is that for with on as was by are it this be from has have were will an which their at not its they been would'.split(' '));
const ES = new Set('el la los las de del que y en un una por con para es se su al lo como más pero sus le ya fue este ha porque esta entre cuando muy sin sobre también son'.split(' '));

/** 'en' or 'es' by stop-word counts; 'und' when the text gives too little evidence. */
export function detectLanguage(text: string): 'en' | 'es' | 'und' {
  let en = 0;
  let es = 0;
  for (const w of words(text.toLowerCase())) {
    if (EN.has(w)) en++;
    else if (ES.has(w)) es++;
  }
  if (en + es < 5) return 'und';
  return es > en ? 'es' : 'en';
}

/** 'en-US' → 'en'; empty or malformed tags → null. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export const READING_WPM = 230;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WPM));
}

export interface BriefMetrics {
  wordCount: number;
  readingMinutes: number;
}

export function briefMetrics(markdown: string): BriefMetrics {
  const wordCount = countWords(markdownToPlain(markdown));
  return { wordCount, readingMinutes: readingMinutes(wordCount) };
}

/** The first prose paragraph, cut at a word boundary. */
export function makeExcerpt(markdown: string, maxChars = 240): string {
  const lines = splitLines(markdownToPlain(markdown)).map((l) => l.trim());
  const lede = lines.find((l) => countWords(l) >= 8 && endsLikeSentence(l)) ?? lines.find((l) => l !== '') ?? '';
  if (lede.length <= maxChars) return lede;
  const cut = lede.slice(0, maxChars);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2)).replace(/[\s,;:.-]+$/, '')}…`;
}

/** NFC, collapsed whitespace, lower case: what must match for two imports to count as the same text. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeForHash(text)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
