// A deterministic generator of fictional briefs, notes and checklist items in Chancery's record
// shapes. All text is assembled from the word lists below with a seeded PRNG: original, clearly
// invented, and the same for the same seed and index (so chunks can be generated independently).
import { prng } from '../support/prng.js';
import type { Annotation, Brief, ChecklistItem } from '../../renderer/src/domain/types.js';

const PLACES = ['Valdoria', 'Port Ashen', 'Kestrel Bay', 'Marovia', 'San Telmo del Río', 'Ostrava Nova', 'Islas Brumosas', 'Quillon', 'Eastmarch', 'Zafrán'];
const PEOPLE = ['Minister López', 'Ambassador Ngata', 'Envoy Brennan', 'Secretary Muñoz', 'Consul Aydın', 'Director Sørensen', 'Deputy Okafor', 'Minister Çelik'];
const SOURCES = ['The Meridian Ledger', 'Harbour Wire', 'Northgate Review', 'Diario del Istmo', 'Atlas Monitor', 'Capital Dispatch'];
const TOPICS = ['trade', 'security', 'energy', 'migration', 'climate', 'health', 'fisheries', 'finance'];
const TAGS = ['urgent', 'follow-up', 'background', 'briefing', 'legal'];
const SUBJECTS = ['the customs union', 'the grain corridor', 'the ferry timetable', 'the fisheries quota', 'the border crossing', 'the energy interconnector',
  'the water-sharing accord', 'the visa waiver', 'the port concession', 'the tariff schedule', 'the observer mission', 'the debt rescheduling'];
const VERBS = ['reviewed', 'postponed', 'endorsed', 'questioned', 'renegotiated', 'welcomed', 'rejected', 'extended', 'drafted', 'ratified'];
const NOUNS = ['delegation', 'memorandum', 'timetable', 'communiqué', 'framework', 'inspection', 'consultation', 'guarantee', 'protocol', 'working group',
  'negotiator', 'ministry', 'parliament', 'commission', 'treaty', 'summit', 'embassy', 'quota', 'tariff', 'corridor'];
const ADJECTIVES = ['provisional', 'bilateral', 'regional', 'sensitive', 'technical', 'lengthy', 'cautious', 'renewed', 'joint', 'unexpected', 'quarterly'];
const FILLER = ['meanwhile', 'however', 'according to officials', 'in a closed session', 'after weeks of delay', 'despite objections', 'by a narrow margin',
  'on Tuesday', 'late in the evening', 'with little notice'];
const RECOMMEND = ['We should propose', 'The mission should request', 'We recommend seeking', 'Consider raising', 'The delegation should table'];

/** Content words the benchmark types prefixes of (they occur throughout the generated text). */
export const QUERY_WORDS = ['delegation', 'memorandum', 'timetable', 'framework', 'inspection', 'consultation', 'guarantee', 'protocol', 'negotiator', 'parliament',
  'commission', 'treaty', 'customs', 'corridor', 'fisheries', 'interconnector', 'concession', 'renegotiated', 'ratified', 'provisional'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rand: () => number): string {
  const forms = [
    () => `${pick(rand, PEOPLE)} ${pick(rand, VERBS)} ${pick(rand, SUBJECTS)} ${pick(rand, FILLER)}.`,
    () => `The ${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} from ${pick(rand, PLACES)} ${pick(rand, VERBS)} ${pick(rand, SUBJECTS)}.`,
    () => `${capital(pick(rand, FILLER))}, the ${pick(rand, NOUNS)} ${pick(rand, VERBS)} a ${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} on ${pick(rand, SUBJECTS)}.`,
    () => `Observers in ${pick(rand, PLACES)} said the ${pick(rand, NOUNS)} was ${pick(rand, ADJECTIVES)} and that ${pick(rand, SUBJECTS)} remained open.`,
  ];
  return pick(rand, forms)();
}

/** Markdown of about `words` words: a few headed sections of paragraphs. */
function body(rand: () => number, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    if (out.length % 6 === 0) out.push(`## ${capital(pick(rand, ADJECTIVES))} ${pick(rand, NOUNS)} in ${pick(rand, PLACES)}`);
    const paragraph: string[] = [];
    for (let i = 0; i < 4 && count < words; i++) {
      const s = sentence(rand);
      paragraph.push(s);
      count += s.split(' ').length;
    }
    out.push(paragraph.join(' '));
  }
  return out.join('\n\n');
}

export interface GeneratedRecords {
  briefs: Brief[];
  annotations: Annotation[];
  items: ChecklistItem[];
}

export interface GenerateOptions {
  seed?: number;
  /** Words per brief body (the benchmark uses ~1,000; tests use a few dozen). */
  words?: number;
  /** Notes and items per brief. */
  notes?: number;
  items?: number;
  /** importedAt of brief 0; later briefs are one minute newer each. */
  start?: number;
}

/** Briefs `from` … `from + count - 1`, with their notes and items; deterministic per index. */
export function generateRecords(from: number, count: number, options: GenerateOptions = {}): GeneratedRecords {
  const { seed = 7, words = 1000, notes = 1, items = 1, start = Date.UTC(2024, 0, 1) } = options;
  const out: GeneratedRecords = { briefs: [], annotations: [], items: [] };
  for (let n = from; n < from + count; n++) {
    const rand = prng(seed * 1_000_003 + n);
    const id = `gen-${seed}-${n}`;
    const at = start + n * 60_000;
    const markdown = body(rand, words);
    const title = `${capital(pick(rand, ADJECTIVES))} ${pick(rand, NOUNS)} on ${pick(rand, SUBJECTS).replace(/^the /, '')} in ${pick(rand, PLACES)} (${n + 1})`;
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const first = markdown.split('\n\n')[1] ?? '';
    out.briefs.push({
      id,
      title,
      subtitle: '',
      byline: `By ${pick(rand, PEOPLE).split(' ')[1]} Staff`,
      source: { name: pick(rand, SOURCES), url: '', publishedAt: rand() < 0.9 ? `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null },
      importedAt: at,
      updatedAt: at,
      markdown,
      contentHash: `hash-${id}`,
      topics: [pick(rand, TOPICS), pick(rand, TOPICS)].filter((t, i, all) => all.indexOf(t) === i),
      tags: rand() < 0.3 ? [pick(rand, TAGS)] : [],
      language: 'en',
      wordCount: words,
      readState: pick(rand, ['unread', 'unread', 'reading', 'read'] as const),
      fileName: `${id}.md`,
      removedLines: [],
      topicEvidence: [],
      excerpt: first.slice(0, 200),
      readProgress: 0,
      deletedAt: null,
      revision: 0,
    });
    const quote = first.split('. ')[0] ?? first;
    const selector = { quote: { exact: quote, prefix: '', suffix: '' }, position: { start: 0, end: quote.length } };
    for (let k = 0; k < notes; k++) {
      out.annotations.push({
        id: `${id}-note-${k}`,
        briefId: id,
        selector,
        color: 'yellow',
        note: `Raise ${pick(rand, SUBJECTS)} with ${pick(rand, PEOPLE)} before the ${pick(rand, NOUNS)}.`,
        tags: rand() < 0.5 ? [pick(rand, TAGS)] : [],
        createdAt: at,
        updatedAt: at,
        orphaned: false,
      });
    }
    for (let k = 0; k < items; k++) {
      out.items.push({
        id: `${id}-item-${k}`,
        briefIds: [id],
        text: `${pick(rand, RECOMMEND)} a ${pick(rand, ADJECTIVES)} ${pick(rand, NOUNS)} on ${pick(rand, SUBJECTS)}.`,
        selector,
        sources: [{ briefId: id, selector }],
        topic: pick(rand, TOPICS),
        status: pick(rand, ['open', 'in-progress', 'done', 'suggested'] as const),
        owner: '',
        due: null,
        priority: 'normal',
        notes: '',
        history: [],
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return out;
}

/** A list nested a thousand levels deep (about 1 MB): marked spends many seconds on it, or gives up. */
export const NESTED_LIST = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i + 1} of the fictional agenda`).join('\n');
