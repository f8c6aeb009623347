// How alike two checklist items are, to propose merging the same recommendation made by
// different briefs ("share intelligence on organized crime" ≈ "intelligence sharing against
// organized crime"), in English and Spanish.
//
// Measure: weighted Dice coefficient over concept sets.
//   1. lowercase, strip accents, split into words, drop a small English/Spanish stop list;
//   2. crude stemming (plural, -ing/-ed, -ation, Spanish -ción/-mente, final vowel);
//   3. map stems to a concept through a small synonym table (sharing/exchange/compartir → share);
//   4. similarity = 2·Σw(A∩B) / (Σw(A) + Σw(B)), where generic policy words ("strengthen",
//      "cooperation", "joint") weigh 0.5 and every other concept weighs 1.
// Two items with this similarity ≥ MERGE_THRESHOLD are proposed for merging.

export const MERGE_THRESHOLD = 0.5;

const STOP_WORDS = new Set(
  (
    'a an the and or of to in on at for with by from as is are be been was were that this these those it its their they ' +
    'we our will shall should must can could may might would into over under between both all any each more most such than ' +
    'then also not no through across against within along about two other which who whom has have had do does did so up ' +
    'out very new there here while where when how what why if its them those us via per ' +
    'el la los las un una unos unas y o u de del al en con por para que se su sus es son ser como mas entre sobre contra ' +
    'sin ambos ambas este esta estos estas lo le les debe deben debera deberan deberia deberian tambien muy ya dos'
  ).split(' '),
);

const SUFFIXES = [
  'izations', 'ization', 'aciones', 'ations', 'ation', 'acion', 'ciones', 'cion', 'mente', 'ments', 'ment',
  'ings', 'ing', 'ied', 'ed', 'es', 's', 'os', 'as', 'o', 'a', 'e',
];

/** Crude stem: strip one known suffix (keeping ≥ 4 letters), then a final "e". */
function stem(word: string): string {
  if (word.length <= 4) return word;
  let w = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
  const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 4);
  if (suffix) w = w.slice(0, -suffix.length);
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Concept name → words that express it (stemmed at load). */
const SYNONYMS: Readonly<Record<string, string>> = {
  share: 'share sharing shared exchange exchanges exchanging compartir intercambio intercambiar',
  intelligence: 'intelligence information inteligencia informacion',
  crime: 'crime crimes criminal criminals crimen delincuencia delito delitos cartel cartels gangs',
  organized: 'organized organised organizado organizada',
  fight: 'fight fighting combat combating combatting tackle tackling counter countering confront confronting combatir luchar dismantle',
  border: 'border borders frontera fronteras fronterizo fronteriza',
  trade: 'trade trading commerce commercial comercio comercial',
  security: 'security seguridad',
  migration: 'migration migrants migrant immigration migracion migrante migrantes',
  customs: 'customs aduana aduanas aduanero aduanera',
  energy: 'energy energia',
  improve: 'improve improving strengthen strengthening enhance enhancing expand expanding boost boosting bolster reinforce fortalecer mejorar ampliar reforzar',
  cooperation: 'cooperation collaboration coordination cooperate collaborate coordinate cooperacion colaboracion coordinacion',
  joint: 'joint common conjunto conjunta conjuntos conjuntas',
  develop: 'develop developing establish establishing create creating launch launching build building set desarrollar establecer crear',
};

/** Policy words so common in recommendations that sharing them says little. */
const GENERIC_WORDS =
  'improve cooperation joint develop fight share bilateral promote support ensure program programme initiative measure ' +
  'effort mechanism country government official work plan strategy framework approach issue area level';

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(SYNONYMS)) {
  for (const w of words.split(' ')) CONCEPT_OF.set(stem(w), concept);
}
const conceptOf = (word: string): string => {
  const s = stem(word);
  return CONCEPT_OF.get(s) ?? s;
};
const GENERIC_CONCEPTS = new Set(GENERIC_WORDS.split(' ').map(conceptOf));

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/** Concept → weight for one text. */
export type Profile = ReadonlyMap<string, number>;

export function profile(text: string): Profile {
  const concepts = new Map<string, number>();
  for (const w of words(text)) {
    const concept = conceptOf(w);
    concepts.set(concept, GENERIC_CONCEPTS.has(concept) ? 0.5 : 1);
  }
  return concepts;
}

const total = (p: Profile): number => [...p.values()].reduce((sum, w) => sum + w, 0);

export function profileSimilarity(a: Profile, b: Profile): number {
  const denominator = total(a) + total(b);
  if (denominator === 0) return 0;
  let shared = 0;
  for (const [concept, weight] of a) if (b.has(concept)) shared += weight;
  return (2 * shared) / denominator;
}

/** Weighted Dice similarity (0..1) of two item texts; see the measure described above. */
export function similarity(a: string, b: string): number {
  return profileSimilarity(profile(a), profile(b));
}
