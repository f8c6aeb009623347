// What a newly imported text suggests: each suggested item with its topic read from its own
// words, less those a brief's earlier version already has (accepted, dismissed or pending), so
// a re-import never asks the user again about an item they have already decided.
import type { SuggestedItem } from './extract.js';
import { itemTopic } from './topic.js';
import { sameText } from '../text/lines.js';
import type { TopicLexicon } from '../text/topics.js';

export interface TopicSuggestion extends SuggestedItem {
  topic: string;
}

/** Gives each suggestion its topic (the brief's first topic when its words name none). */
export function withTopics(suggestions: readonly SuggestedItem[], briefTopics: readonly string[], lexicon?: TopicLexicon): TopicSuggestion[] {
  return suggestions.map((s) => ({ ...s, topic: itemTopic(s.text, briefTopics, lexicon) }));
}

/** The suggestions whose words no known item of the brief already says. */
export function unknownSuggestions<S extends { text: string }>(suggestions: readonly S[], known: readonly { text: string }[]): S[] {
  return suggestions.filter((s) => !known.some((k) => sameText(k.text, s.text)));
}
