// Publication dates written the ways news sites write them, in English and Spanish (and the
// month names of French and German) → ISO date.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
};

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°|\\.)?';
const YEAR = '(\\d{4})';

const PATTERNS: { re: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, order: ['y', 'm', 'd'] },
  { re: /\b(\d{4})\/(\d{2})\/(\d{2})\b/, order: ['y', 'm', 'd'] },
  // June 3, 2024 · Jun. 3 2024 · junio 3, 2024
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), order: ['m', 'd', 'y'] },
  // 3 June 2024 · 3rd of June 2024 · 3 de junio de 2024 · 3 de junio del 2024
  { re: new RegExp(`\\b${DAY}\\s+(?:de\\s+|of\\s+)?${MONTH},?\\s+(?:de(?:l)?\\s+)?${YEAR}\\b`, 'iu'), order: ['d', 'm', 'y'] },
  // 21.dez.2018 · 03-Jun-2024 · 3/jun/2024: a month name between numbers
  { re: new RegExp(`\\b(\\d{1,2})[./-]${MONTH}[/-]?${YEAR}\\b`, 'iu'), order: ['d', 'm', 'y'] },
];

/** 13/6/2018 or 6/13/2018: read only when one part cannot be a month, so the order is certain. */
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DateMatch {
  iso: string;
  /** The text that was recognised, so callers can tell a date line from a sentence. */
  text: string;
}

/** The first recognisable calendar date in `text`. */
export function findDate(text: string): DateMatch | null {
  let best: (DateMatch & { at: number }) | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    const parts: Record<string, number> = {};
    order.forEach((key, i) => {
      const raw = m[i + 1]!;
      parts[key] = key === 'm' && /\D/.test(raw) ? MONTHS[raw.toLowerCase()]! : Number(raw);
    });
    const iso = isoDate(parts.y!, parts.m!, parts.d!);
    if (iso) best = { iso, text: m[0], at: m.index };
  }
  const n = NUMERIC.exec(text);
  if (n && (!best || n.index < best.at)) {
    const [a, b, y] = [Number(n[1]), Number(n[2]), Number(n[3])];
    const iso = a > 12 && b <= 12 ? isoDate(y, b, a) : b > 12 && a <= 12 ? isoDate(y, a, b) : null;
    if (iso) best = { iso, text: n[0], at: n.index };
  }
  return best && { iso: best.iso, text: best.text };
}

export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}
