// Suggesting checklist items from a brief: items of sections that name recommendations
// (agreements, priorities, findings, next steps), lists a lead-in introduces as things to do,
// recommending sentences elsewhere, and the dated rows of schedule tables. An item is an action:
// headings, lead-ins ending in ":", descriptive sentences and whole paragraphs are not. Each item
// is anchored to its passage in the rendered text; one that cannot be found there is dropped
// rather than anchored to the wrong words.
import { Lexer, type Token, type Tokens } from 'marked';
import { describeRange } from '../anchoring/describe.js';
import type { Selector, SuggestionReason } from '../types.js';
import { isRecommendationSentence, leadInAsks, namesRecommendations, opensWithAction, statesCommitment } from './cues.js';
import { findDatePhrase } from './due.js';
import { locateFragments } from './locate.js';
import { collapseWhitespace, inlineText } from './markdown-text.js';
import { scheduleRows } from './schedule.js';
import { sentenceSpans } from './sentences.js';

export interface SuggestedItem {
  text: string;
  selector: Selector;
  /** The date the text gives for it, as written ("Q3 2024"); never the team's due date. */
  sourceDate: string | null;
  reason: SuggestionReason;
}

/** A run of blocks whose lists and paragraphs are recommendations. */
interface Section {
  hasList: boolean;
  /** Opened by a lead-in sentence rather than a heading or title line. */
  byLeadIn: boolean;
}

interface Block {
  token: Token;
  section: Section | null;
  /** A paragraph ending in ":" right before a list: it introduces items, it is none. */
  introducesList?: boolean;
}

/** A title line: one short line without closing punctuation (a colon may end it). */
const MAX_TITLE_LINE_WORDS = 12;

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

function isTitleLine(p: Tokens.Paragraph, text: string): boolean {
  const onlyBold = p.tokens.length === 1 && (p.tokens[0]?.type === 'strong' || p.tokens[0]?.type === 'em');
  if (onlyBold && words(text) <= MAX_TITLE_LINE_WORDS) return true;
  return !text.includes('\n') && words(text) <= MAX_TITLE_LINE_WORDS && !/[.!?;,]["”’)]*$/u.test(text.trim());
}

const sentencesOf = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

const hasRecommendingSentence = (text: string): boolean => sentencesOf(text).some(isRecommendationSentence);

/** Groups the top-level blocks into recommendation sections and free text. */
function classify(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let section: (Section & { depth: number }) | null = null; // depth Infinity: opened by a title line
  let leadIn: Section | null = null; // "… the following recommendations:" opens a scope over what follows
  let first = true;
  const content = tokens.filter((t) => t.type !== 'space' && t.type !== 'hr');

  content.forEach((token, index) => {
    const atStart = first;
    first = false;
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      const text = collapseWhitespace(inlineText(h.tokens));
      leadIn = null;
      // The document's own title ("…: Outcomes and Recommendations") does not make the whole brief a section.
      const isDocumentTitle = atStart && h.depth === 1 && words(text) > 3;
      if (!isDocumentTitle && namesRecommendations(text)) section = { depth: h.depth, hasList: false, byLeadIn: false };
      else if (!section || h.depth <= section.depth) section = null;
      return;
    }
    if (token.type === 'paragraph') {
      const p = token as Tokens.Paragraph;
      const text = inlineText(p.tokens).trim();
      if (isTitleLine(p, text)) {
        leadIn = null;
        // Inside an open section ("Core Issues and Agreements" … "Key Agreements:") it goes on.
        if (namesRecommendations(text)) section ??= { depth: Infinity, hasList: false, byLeadIn: false };
        else if (section?.depth === Infinity) section = null;
        // A short lead-in that asks ("Before the visit, the team needs to:") opens a list of things to do.
        if (!section && text.endsWith(':') && leadInAsks(text)) leadIn = { hasList: false, byLeadIn: true };
        return;
      }
      if (leadIn && hasRecommendingSentence(text)) {
        blocks.push({ token, section: leadIn });
        return;
      }
      leadIn = null;
      const lastSentence = sentencesOf(text).at(-1) ?? '';
      const introducesList = text.endsWith(':') && content[index + 1]?.type === 'list';
      blocks.push({ token, section, ...(introducesList ? { introducesList } : {}) });
      // A lead-in that asks for something makes what follows it a list of things to do.
      if (!section && text.endsWith(':') && (leadInAsks(lastSentence) || (introducesList && hasRecommendingSentence(text)))) {
        leadIn = { hasList: false, byLeadIn: true };
      }
      return;
    }
    if (token.type === 'list') {
      const target = leadIn ?? section;
      if (target) target.hasList = true;
      blocks.push({ token, section: target });
      leadIn = null;
      return;
    }
    leadIn = null;
    if (token.type === 'table') blocks.push({ token, section: null });
    // Block quotes, code and raw HTML are not the brief's own voice: nothing is taken from them.
  });
  return blocks;
}

interface Draft {
  fragments: string[];
  text: string;
  sourceDate: string | null;
  reason: SuggestionReason;
}

function draft(text: string, reason: SuggestionReason): Draft {
  const t = collapseWhitespace(text);
  return { fragments: [t], text: t, sourceDate: findDatePhrase(t), reason };
}

/** A sentence ending in ":" introduces what follows; it asks for nothing itself. */
const endsAsLeadIn = (sentence: string): boolean => /:["”’)]*$/u.test(sentence.trim());

function recommendingSentences(text: string): Draft[] {
  return sentencesOf(text)
    .filter((s) => !endsAsLeadIn(s) && isRecommendationSentence(s))
    .map((s) => draft(s, 'modal'));
}

/**
 * The item a paragraph of a list-less section stands for: the run of its recommending sentences,
 * else the paragraph when it is one sentence that asks for an action or states a commitment.
 * Descriptive sentences and whole paragraphs of prose are not items.
 */
function paragraphItem(text: string, reason: SuggestionReason): Draft[] {
  const spans = sentenceSpans(text).filter((s) => !endsAsLeadIn(text.slice(s.start, s.end)) && isRecommendationSentence(text.slice(s.start, s.end)));
  const first = spans[0];
  const last = spans.at(-1);
  if (first && last) return [draft(text.slice(first.start, last.end), reason)];
  const sentences = sentencesOf(text);
  const only = sentences.length === 1 ? (sentences[0] ?? '') : '';
  return only && !endsAsLeadIn(only) && (opensWithAction(only) || statesCommitment(only)) ? [draft(only, reason)] : [];
}

function listItemTexts(list: Tokens.List): string[] {
  return list.items.flatMap((item) => {
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === 'list');
    const own = inlineText(item.tokens).trim();
    return [...(own ? [own] : []), ...nested.flatMap(listItemTexts)];
  });
}

function drafts(block: Block): Draft[] {
  const { token, section } = block;
  if (token.type === 'table') {
    return scheduleRows(token as Tokens.Table).map((r) => ({ fragments: r.cells, text: r.text, sourceDate: r.period, reason: 'schedule' as const }));
  }
  const reason: SuggestionReason = section?.byLeadIn ? 'lead-in' : 'section';
  if (token.type === 'list') {
    const texts = listItemTexts(token as Tokens.List);
    if (!section) return texts.flatMap(recommendingSentences);
    return texts.filter((t) => !endsAsLeadIn(t)).map((t) => draft(t, reason));
  }
  if (block.introducesList) return []; // its recommendation is the list it introduces
  const text = inlineText((token as Tokens.Paragraph).tokens);
  if (section && !section.hasList) return paragraphItem(text, reason);
  return recommendingSentences(text); // prose around a list, or outside any section
}

const key = (s: string): string => collapseWhitespace(s).toLowerCase();

/** Checklist items suggested by a brief, in document order, each anchored in `renderedText`. */
export function suggestItems(markdown: string, renderedText: string): SuggestedItem[] {
  const all = classify(new Lexer({ gfm: true }).lex(markdown)).flatMap(drafts);
  const sectionKeys = all.filter((d) => d.reason !== 'modal').map((d) => key(d.text));
  const items: SuggestedItem[] = [];
  let cursor = 0;
  for (const d of all) {
    const k = key(d.text);
    // A recommending sentence that repeats a section item (a summary, say) is the same item.
    if (d.reason === 'modal' && sectionKeys.some((s) => s.includes(k) || k.includes(s))) continue;
    const span = locateFragments(renderedText, d.fragments, cursor);
    if (!span) continue;
    cursor = span.end;
    items.push({
      text: d.text,
      selector: describeRange(renderedText, span.start, span.end),
      sourceDate: d.sourceDate,
      reason: d.reason,
    });
  }
  return items;
}
