// Import fidelity scoring (issue 14): how much of a reference article an import kept (recall),
// how much of what it kept belongs to the article (precision), and whether it found the title.
// Pure functions: the corpus runner and the floor test share them.

/** Words as the issue defines them: runs of [a-z0-9]{3,} after lower-casing and NFKD accent removal. */
export function scoringWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(/[a-z0-9]{3,}/g) ?? [];
}

function counts(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Size of the multiset intersection: a word counts as often as it occurs in both. */
function overlap(a: string[], b: string[]): number {
  const inB = counts(b);
  let n = 0;
  for (const w of a) {
    const left = inB.get(w) ?? 0;
    if (left > 0) {
      n++;
      inB.set(w, left - 1);
    }
  }
  return n;
}

export interface WordScore {
  /** Expected words found in the import, over the expected words (1 when nothing is expected). */
  recall: number;
  /** Imported words found in the expected text, over the imported words (1 when nothing was imported). */
  precision: number;
}

export function scoreWords(imported: string, expected: string): WordScore {
  const got = scoringWords(imported);
  const want = scoringWords(expected);
  const common = overlap(got, want);
  return { recall: want.length ? common / want.length : 1, precision: got.length ? common / got.length : 1 };
}

const spaceless = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Equal, or one contains the other and the shorter has at least 12 characters; case and spacing ignored. */
export function titleMatches(got: string, expected: string): boolean {
  const a = spaceless(got);
  const b = spaceless(expected);
  if (a === b) return a !== '';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 12 && long.includes(short);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML fragment: tags become spaces, scripts and styles go, entities are decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The q-quantile (0..1) by linear interpolation between the sorted values; NaN when empty. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export interface PageScore extends WordScore {
  titleRight: boolean;
}

export interface Summary {
  pages: number;
  titlesRight: number;
  medianRecall: number;
  medianPrecision: number;
  lowerQuartilePrecision: number;
}

export function summarize(scores: PageScore[]): Summary {
  return {
    pages: scores.length,
    titlesRight: scores.length ? scores.filter((s) => s.titleRight).length / scores.length : NaN,
    medianRecall: quantile(scores.map((s) => s.recall), 0.5),
    medianPrecision: quantile(scores.map((s) => s.precision), 0.5),
    lowerQuartilePrecision: quantile(scores.map((s) => s.precision), 0.25),
  };
}

/** A byline is right when, "By"/"Por"/"Par"/"Von", joiners ("and", commas) and spacing aside, one contains the other (5 characters at least). */
export function bylineMatches(got: string, expected: string): boolean {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/^\s*(by|por|par|von)\s+/, '')
      .replace(/\s*(,|&|\band\b|\by\b|\bet\b|\bund\b)\s*/g, ', ')
      .replace(/\s+/g, ' ')
      .trim();
  const a = norm(got);
  const b = norm(expected);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

/** A date is right when its calendar day equals the expected timestamp's (as written, no time-zone shift). */
export function dateMatches(got: string | null, expected: string): boolean {
  return got !== null && got.slice(0, 10) === expected.slice(0, 10);
}
