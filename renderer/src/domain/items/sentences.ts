// Splitting plain paragraph text into sentences, without breaking at "U.S." or "Dr.".

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st no gen lt col sen rep gov jan feb mar apr jun jul aug sep sept oct nov dec vs etc approx inc ltd co sr sra srta dra lic ing art núm pág'.split(' '),
);

/** Whether the period ending `word` ends an abbreviation rather than a sentence. */
function isAbbreviation(word: string): boolean {
  if (/^(?:\p{L}\.)+$/u.test(word)) return true; // U.S., e.g., i.e.
  return ABBREVIATIONS.has(word.replace(/\.$/u, '').toLowerCase());
}

const BOUNDARY = /[.!?…]["”’)]*(?=\s+["“¿¡(]?[\p{Lu}\p{N}])/gu;

/** Sentence spans in `text`, trimmed of surrounding whitespace. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    const lastWord = text.slice(start, end).split(/\s+/u).at(-1) ?? '';
    if (m[0].startsWith('.') && isAbbreviation(lastWord.replace(/["”’)]+$/u, ''))) continue;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans
    .map(({ start: s, end: e }) => {
      const raw = text.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      return { start: s + lead, end: s + raw.trimEnd().length };
    })
    .filter((sp) => sp.end > sp.start);
}
