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
  if (/^["“«]/u.test(s) || /^(?:should|must)\b/iu.test(s)) return false;
  const unquoted = s.replace(QUOTED, ' ');
  if (!RECOMMENDING_VERB.test(unquoted)) return false;
  return !NOT_A_RECOMMENDATION.some((re) => re.test(unquoted));
}
