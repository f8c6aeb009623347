// Publication dates written the ways news sites write them, in English and Spanish → ISO date.

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
};

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|°)?';
const YEAR = '(\\d{4})';

const PATTERNS: { re: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, order: ['y', 'm', 'd'] },
  { re: /\b(\d{4})\/(\d{2})\/(\d{2})\b/, order: ['y', 'm', 'd'] },
  // June 3, 2024 · Jun. 3 2024 · junio 3, 2024
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), order: ['m', 'd', 'y'] },
  // 3 June 2024 · 3 de junio de 2024 · 3 de junio del 2024
  { re: new RegExp(`\\b${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de(?:l)?\\s+)?${YEAR}\\b`, 'i'), order: ['d', 'm', 'y'] },
];

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
  return best && { iso: best.iso, text: best.text };
}

export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}
