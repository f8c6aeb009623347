// Topic tagging by a visible, editable lexicon: every tag carries the terms that earned it.
import type { TopicMatch } from '../types.js';

export type TopicLexicon = Record<string, string[]>;

/**
 * English and Spanish terms per topic. A word ending in `*` matches any ending
 * (`tariff*` → tariffs, `arancel*` → aranceles). Matching ignores case and accents.
 */
export const DEFAULT_TOPIC_LEXICON: TopicLexicon = {
  trade: [
    'trade', 'tariff*', 'exports', 'export', 'imports', 'customs', 'supply chain*', 'USMCA', 'T-MEC', 'NAFTA', 'investment*', 'free trade',
    'comercio', 'comercial*', 'arancel*', 'exportacion*', 'importacion*', 'aduana*', 'inversion*', 'cadena* de suministro',
  ],
  security: [
    'security', 'organized crime', 'cartel*', 'trafficking', 'fentanyl', 'narcotic*', 'police', 'military', 'violence', 'intelligence', 'arms',
    'seguridad', 'crimen organizado', 'narcotrafico', 'trafico de armas', 'violencia', 'policia', 'ejercito', 'inteligencia', 'fuerzas armadas',
  ],
  migration: [
    'migra*', 'immigra*', 'asylum', 'refugee*', 'deport*', 'border crossing*', 'visa*', 'remittance*',
    'asilo', 'refugiad*', 'remesa*', 'frontera norte', 'indocumentad*',
  ],
  energy: [
    'energy', 'oil', 'natural gas', 'electricity', 'renewable*', 'petroleum', 'Pemex', 'CFE', 'power grid', 'solar', 'wind power', 'lithium',
    'energia', 'energetic*', 'petroleo', 'electricidad', 'renovable*', 'gas natural', 'litio',
  ],
  environment: [
    'environment*', 'climate', 'emission*', 'pollution', 'sustainab*', 'water', 'conservation', 'deforestation', 'biodiversity', 'carbon',
    'medio ambiente', 'ambiental*', 'clima', 'climatic*', 'contaminacion', 'sostenib*', 'sustentab*', 'agua', 'emisiones',
  ],
  'culture-education': [
    'cultur*', 'education*', 'student*', 'universit*', 'scholarship*', 'academic*', 'exchange program*', 'people-to-people', 'research exchange*',
    'educacion', 'educativ*', 'estudiant*', 'beca*', 'intercambio* academic*', 'universidad*',
  ],
  health: [
    'health', 'pandemic', 'COVID*', 'vaccin*', 'hospital*', 'disease*', 'medical', 'opioid*', 'public health',
    'salud', 'pandemia', 'vacuna*', 'enfermedad*', 'medic*', 'sanitari*',
  ],
  'technology-cyber': [
    'cyber*', 'technolog*', 'digital', 'artificial intelligence', 'semiconductor*', 'chips', 'telecommunication*', '5G', 'data protection', 'innovation',
    'ciberseguridad', 'ciber*', 'tecnolog*', 'inteligencia artificial', 'semiconductores', 'innovacion', 'telecomunicacion*',
  ],
  diplomacy: [
    'diploma*', 'ambassador*', 'embass*', 'summit*', 'bilateral', 'foreign minist*', 'foreign policy', 'treaty', 'consulate*', 'secretary of state',
    'canciller*', 'embajad*', 'cumbre*', 'relaciones exteriores', 'tratado*', 'consulado*', 'politica exterior',
  ],
};

export interface TopicThreshold {
  /** A topic needs this many distinct lexicon terms… */
  minTerms: number;
  /** …found this many times in all… */
  minOccurrences: number;
  /** …unless one term alone occurs at least this often. */
  minOccurrencesAlone: number;
  /** At most this many topics, the best supported first (all that qualify when absent). */
  maxTopics?: number;
  /** A topic's mentions must reach this share of the leading topic's, so passing themes of a long brief drop out. */
  minShareOfLeader?: number;
  /** Mentions per thousand words of the brief below which a topic is a passing theme, however many terms it hit. */
  minPerThousandWords?: number;
  /** A single term this dense (mentions per thousand words, at least four mentions) is a topic on its own. */
  focusedPerThousandWords?: number;
}

export const DEFAULT_TOPIC_THRESHOLD: TopicThreshold = {
  minTerms: 2,
  minOccurrences: 3,
  minOccurrencesAlone: 5,
  maxTopics: 3,
  minShareOfLeader: 0.3,
  minPerThousandWords: 3,
  focusedPerThousandWords: 10,
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each word of a term matches whole words; a word ending in `*` matches any ending. */
function termPattern(term: string): RegExp {
  const body = fold(term)
    .trim()
    .split(/\s+/)
    .map((word) => {
      const open = word.endsWith('*');
      const escaped = word.replace(/\*+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return open ? `${escaped}[\\p{L}\\p{N}]*` : escaped;
    })
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Topics whose terms occur often enough, most evidence first: by default at most three, each
 * mentioned at least 30% as often as the leading one, so that tags tell briefs apart. `terms`
 * are the words as they appear in the text (lower case), so the reader sees why a tag was given.
 */
export function classifyTopics(
  text: string,
  lexicon: TopicLexicon = DEFAULT_TOPIC_LEXICON,
  threshold: TopicThreshold = DEFAULT_TOPIC_THRESHOLD,
): TopicMatch[] {
  const original = text.normalize('NFC');
  const folded = fold(original);
  // Folding Latin text keeps its length, so matches can be shown with their accents.
  const shown = folded.length === original.length ? original.toLowerCase() : folded;
  const scored: { match: TopicMatch; occurrences: number; termsHit: number }[] = [];
  const thousands = Math.max(0.1, (folded.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) / 1000);
  for (const [topic, terms] of Object.entries(lexicon)) {
    const found = new Set<string>();
    let occurrences = 0;
    let termsHit = 0;
    let most = 0;
    for (const term of terms) {
      if (term.trim() === '') continue;
      const hits = [...folded.matchAll(termPattern(term))];
      if (hits.length === 0) continue;
      termsHit++;
      occurrences += hits.length;
      most = Math.max(most, hits.length);
      for (const hit of hits) found.add(shown.slice(hit.index, hit.index + hit[0].length).replace(/\s+/g, ' '));
    }
    // Weighed against the brief's length: a few mentions are a theme of a note, not of a report.
    const perThousand = occurrences / thousands;
    const broad = termsHit >= threshold.minTerms && occurrences >= threshold.minOccurrences;
    const focused = occurrences >= 4 && perThousand >= (threshold.focusedPerThousandWords ?? Infinity);
    const enough = (broad || focused || most >= threshold.minOccurrencesAlone) && perThousand >= (threshold.minPerThousandWords ?? 0);
    if (enough) scored.push({ match: { topic, terms: [...found] }, occurrences, termsHit });
  }
  scored.sort((a, b) => b.occurrences - a.occurrences || b.termsHit - a.termsHit);
  const leader = scored[0]?.occurrences ?? 0;
  return scored
    .filter((s) => s.occurrences >= leader * (threshold.minShareOfLeader ?? 0))
    .slice(0, threshold.maxTopics ?? scored.length)
    .map((s) => s.match);
}
