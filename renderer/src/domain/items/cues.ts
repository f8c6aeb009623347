// The words that mark recommendations: section titles that name them, and verbs that make one.

const L = '[\\p{L}\\p{N}]';
/** A regex alternation matched as whole words (JS \b does not understand accented letters). */
const wholeWords = (alternation: string, flags = 'iu'): RegExp => new RegExp(`(?<!${L})(?:${alternation})(?!${L}|-)`, flags);

const SECTION_TITLE = wholeWords(
  [
    'recommendations?', 'recommended actions', 'key agreements?', 'agreements?', 'priorit(?:y|ies)', 'findings?',
    'next steps', 'action (?:items|points|plan)', 'way forward', 'commitments',
    'recomendaci[oó]n(?:es)?', 'acuerdos?', 'prioridad(?:es)?', 'hallazgos?', 'pr[oó]ximos pasos', 'compromisos',
    'l[ií]neas de acci[oó]n',
  ].join('|'),
);

/** True when a heading (or a title-like line) names recommendations, agreements, priorities, findings or next steps. */
export function namesRecommendations(title: string): boolean {
  return SECTION_TITLE.test(title);
}

const RECOMMENDING_VERB = wholeWords(
  [
    'should', 'must', 'ought to', 'recommends?', 'recommended', 'calls? (?:on|upon|for)', 'commits? to', 'urges?', 'urged',
    'debe', 'deben', 'deber[ií]a', 'deber[ií]an', 'deber[aá]', 'deber[aá]n', 'recomienda', 'recomiendan', 'recomendamos',
    'recomend[oó]', 'insta', 'instan', 'inst[oó]', 'exhorta', 'exhortan', 'se compromete', 'se comprometen',
  ].join('|'),
);

/** Uses of these verbs that state no recommendation: hindsight, asides, conjecture. */
const NOT_A_RECOMMENDATION = [
  wholeWords('(?:should|must|ought to)(?: not)? have'),
  wholeWords('(?:should|must) be (?:noted|said|remembered|stressed|recalled|acknowledged)'),
  wholeWords('cabe (?:se[nñ]alar|recordar|destacar)'),
  // Reported doubt: "analysts wonder whether they should …", "se preguntan si deben …".
  wholeWords('whether|wonders?|wondered|asks? if|asked if|se preguntan? si'),
  // Inference, not a request: "it must be time to …", "that must be true", "such it must appear".
  wholeWords('must (?:be (?:true|the case|time|so|wrong|right)|appear|seem)|should (?:ring|seem|appear)'),
  // A writer's own resolve ("I must get rid of …") asks nothing of the reader's team.
  wholeWords('I (?:really )?(?:should|must)', 'u'),
];

const MIN_WORDS = 6;

const wordCount = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Most words capitalized and no closing period: a headline, not a sentence. */
export function isHeadline(s: string): boolean {
  const long = s.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length === 0 || /[.!?]["”’)]*$/u.test(s.trim())) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
}

/** Text between quotation marks, so a quoted statement is not taken as the brief's own recommendation. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/gu;

/**
 * A sentence whose main verb recommends ("should", "must", "recommends", "calls on", "urges",
 * "debe", "recomienda" …). Conservative on purpose: questions, quoted statements, headlines,
 * sentences under six words, inverted conditionals ("Should the talks fail, …") and hindsight
 * or conjecture ("should have", "whether … should") are not recommendations.
 */
export function isRecommendationSentence(sentence: string): boolean {
  const s = sentence.trim();
  if (wordCount(s) < MIN_WORDS || /\?["”’)]*$/u.test(s) || s.startsWith('¿') || isHeadline(s)) return false;
  // Quotations, asides in parentheses and inverted conditionals ("Should the talks fail, …").
  if (/^["“«(]/u.test(s) || /^(?:should|must)\b/iu.test(s)) return false;
  const unquoted = s.replace(QUOTED, ' ');
  if (!RECOMMENDING_VERB.test(unquoted)) return false;
  return !NOT_A_RECOMMENDATION.some((re) => re.test(unquoted));
}

/** Words a gerund's shape would take for an action, that are prepositions or nouns instead. */
const NOT_GERUNDS = new Set(
  'during following according including regarding concerning considering notwithstanding pending being nothing something everything anything morning evening meeting building spring thing king ceiling'.split(' '),
);

/** Verbs that open a recommendation written in the imperative ("Publish …", "Train …"). */
const IMPERATIVES = new Set(
  (
    'add adopt agree align allocate appoint approve arrange ask assess assign avoid book brief build call check clarify close collect commission compile complete contact ' +
    'conduct confirm consider consult continue convene coordinate create define deliver deploy design develop draft ease ' +
    'engage ensure establish evaluate expand explore extend finalize fund harmonize hire hold identify implement improve ' +
    'include increase introduce invest invite issue launch lead limit maintain map monitor negotiate nominate open organize ' +
    'notify plan prepare present prioritize propose protect provide publish raise reduce reinforce remove renew repair replace request require reserve resolve restore resume return ' +
    'review revise schedule secure seek send set share sign simplify start strengthen streamline submit support sustain ' +
    'track train update upgrade use verify'
  ).split(' '),
);

/** Spanish words with an infinitive's ending that are nouns or adjectives. */
const NOT_INFINITIVES = new Set(
  (
    'lugar hogar mar par bar azar altar pilar dolar militar popular similar particular regular nuclear escolar solar titular ' +
    'familiar lunar celular singular mujer ayer poder placer taller alquiler crater lider caracter cancer master elixir nadir'
  ).split(' '),
);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** "Label: the item" → "the item", when the label is a short name (up to five words). */
function withoutLabel(text: string): string {
  const m = /^([^:.\n]{2,48}):\s+(\S[\s\S]*)$/u.exec(text.trim());
  return m?.[1] && m[2] && m[1].split(/\s+/u).length <= 5 ? m[2] : text.trim();
}

/**
 * Text that opens with an action verb, as items are written: an imperative ("Publish …"), a
 * Spanish infinitive ("Crear …") or a gerund ("Launching …"), after any short label.
 */
export function opensWithAction(text: string): boolean {
  const first = /^[\p{L}]+/u.exec(withoutLabel(text))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  const word = fold(first);
  if (IMPERATIVES.has(word)) return true;
  if (word.length >= 6 && word.endsWith('ing')) return !NOT_GERUNDS.has(word);
  return word.length >= 5 && /(?:ar|er|ir)(?:se)?$/u.test(word) && !NOT_INFINITIVES.has(word);
}

/** A commitment made in the text ("will open", "agreed to", "se comprometieron a", "abrirán"). */
const COMMITMENT = wholeWords(
  ['will (?!be (?:seen|interesting|difficult|hard))\\p{L}+', 'agreed to', 'pledged to', 'acordaron', 'se comprometi[oó]', 'se comprometieron', '\\p{L}{3,}(?:ar|er|ir)[aá]n'].join('|'),
);

/** A sentence stating what someone will do: in an agreements section, that is an item. */
export function statesCommitment(sentence: string): boolean {
  const s = sentence.trim();
  return wordCount(s) >= 4 && !isHeadline(s) && !/\?["”’)]*$/u.test(s) && COMMITMENT.test(s.replace(QUOTED, ' '));
}

/** Phrases of obligation that, in a lead-in, make the list after it a list of things to do. */
const OBLIGATION = wholeWords(
  ['needs? to', 'has to', 'have to', 'it is (?:necessary|essential|urgent) to', 'tienen? que', 'hay que', 'es (?:necesario|preciso|urgente)', 'se requiere'].join('|'),
);

/** A lead-in ("… the following steps:") whose list asks someone to act. */
export function leadInAsks(sentence: string): boolean {
  const unquoted = sentence.replace(QUOTED, ' ');
  return namesRecommendations(unquoted) || RECOMMENDING_VERB.test(unquoted) || OBLIGATION.test(unquoted);
}
