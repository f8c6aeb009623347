// An item's topic, read from its own words with the same lexicon that tags briefs; the brief's
// first topic only when the item's words name none. A label in the source (a table's "Focus
// Area" cell, a bullet's "Label:") is not a topic: each such label would make a group of one.
import { classifyTopics, DEFAULT_TOPIC_LEXICON, type TopicLexicon } from '../text/topics.js';

/** One mention of one term is enough in a sentence; only the topics mentioned most are kept. */
const IN_ONE_ITEM = { minTerms: 1, minOccurrences: 1, minOccurrencesAlone: 1, minShareOfLeader: 1 };

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The topic the item's words name most; of equals, the one named first ("Cybersecurity … intelligence" is cyber). */
export function itemTopic(text: string, briefTopics: readonly string[], lexicon: TopicLexicon = DEFAULT_TOPIC_LEXICON): string {
  const folded = fold(text);
  const firstMention = (terms: readonly string[]): number => Math.min(...terms.map((t) => folded.indexOf(fold(t))).filter((i) => i >= 0), Infinity);
  const [best] = classifyTopics(text, lexicon, IN_ONE_ITEM).sort((a, b) => firstMention(a.terms) - firstMention(b.terms));
  return best?.topic ?? briefTopics[0] ?? '';
}
