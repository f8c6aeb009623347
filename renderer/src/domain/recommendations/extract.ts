// Suggesting checklist items from a brief: items of sections that name recommendations
// (agreements, priorities, findings, next steps), recommending sentences elsewhere, and the
// dated rows of schedule tables. Each item is anchored to its passage in the rendered text;
// one that cannot be found there is dropped rather than anchored to the wrong words.
import { Lexer, type Token, type Tokens } from 'marked';
import { describeRange } from '../anchoring/describe.js';
import type { Selector } from '../types.js';
import { isHeadline, isRecommendationSentence, namesRecommendations } from './cues.js';
import { findDueInText } from './due.js';
import { locateFragments } from './locate.js';
import { collapseWhitespace, inlineText } from './markdown-text.js';
import { scheduleRows } from './schedule.js';
import { sentenceSpans } from './sentences.js';

export interface SuggestedItem {
  text: string;
  selector: Selector;
  due: string | null;
  topic?: string;
  kind: 'section' | 'modal' | 'schedule';
}

/** A run of blocks whose lists and paragraphs are recommendations. */
interface Section {
  hasList: boolean;
}

interface Block {
  token: Token;
  section: Section | null;
  topic?: string;
}

/** Paragraphs longer than this, in a section without lists, are prose rather than an item. */
const MAX_PARAGRAPH_ITEM_WORDS = 60;
/** A title line: one short line without closing punctuation (a colon may end it). */
const MAX_TITLE_LINE_WORDS = 12;

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

function isTitleLine(p: Tokens.Paragraph, text: string): boolean {
  const onlyBold = p.tokens.length === 1 && (p.tokens[0]?.type === 'strong' || p.tokens[0]?.type === 'em');
  if (onlyBold && words(text) <= MAX_TITLE_LINE_WORDS) return true;
  return !text.includes('\n') && words(text) <= MAX_TITLE_LINE_WORDS && !/[.!?;,]["”’)]*$/u.test(text.trim());
}

const hasRecommendingSentence = (text: string): boolean =>
  sentenceSpans(text).some((s) => isRecommendationSentence(text.slice(s.start, s.end)));

/** Groups the top-level blocks into recommendation sections and free text. */
function classify(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let section: (Section & { depth: number }) | null = null; // depth Infinity: opened by a title line
  let leadIn: Section | null = null; // "… the following recommendations:" opens a scope over what follows
  let topic: string | undefined;
  let first = true;

  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'hr') continue;
    const atStart = first;
    first = false;
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      const text = collapseWhitespace(inlineText(h.tokens));
      leadIn = null;
      // The document's own title ("…: Outcomes and Recommendations") does not make the whole brief a section.
      const isDocumentTitle = atStart && h.depth === 1 && words(text) > 3;
      if (!isDocumentTitle && namesRecommendations(text)) {
        section = { depth: h.depth, hasList: false };
        topic = undefined;
      } else if (section && h.depth > section.depth) {
        topic = text; // a sub-heading inside a recommendations section names the topic of its items
      } else {
        section = null;
      }
      continue;
    }
    if (token.type === 'paragraph') {
      const p = token as Tokens.Paragraph;
      const text = inlineText(p.tokens).trim();
      if (isTitleLine(p, text)) {
        leadIn = null;
        if (namesRecommendations(text)) {
          // Inside an open section ("Core Issues and Agreements" … "Key Agreements:") it goes on.
          section ??= { depth: Infinity, hasList: false };
          topic = undefined;
        } else if (section?.depth === Infinity) {
          section = null;
        }
        continue;
      }
      if (leadIn && hasRecommendingSentence(text)) {
        blocks.push({ token, section: leadIn });
        continue;
      }
      leadIn = null;
      blocks.push({ token, section, ...(topic ? { topic } : {}) });
      const spans = sentenceSpans(text);
      const last = spans.at(-1);
      if (!section && last && text.endsWith(':') && namesRecommendations(text.slice(last.start, last.end))) {
        leadIn = { hasList: false };
      }
      continue;
    }
    if (token.type === 'list') {
      const target = leadIn ?? section;
      if (target) target.hasList = true;
      blocks.push({ token, section: target, ...(topic && !leadIn ? { topic } : {}) });
      leadIn = null;
      continue;
    }
    leadIn = null;
    if (token.type === 'table') blocks.push({ token, section: null });
    // Block quotes, code and raw HTML are not the brief's own voice: nothing is taken from them.
  }
  return blocks;
}

interface Draft {
  fragments: string[];
  text: string;
  due: string | null;
  topic?: string;
  kind: SuggestedItem['kind'];
}

/** "Label: the item" → "Label", when the label is a short name. */
function leadingLabel(text: string): string | undefined {
  const m = /^([^:.\n]{2,48}):\s+\S/u.exec(text);
  return m?.[1] && words(m[1]) <= 5 ? m[1].trim() : undefined;
}

function draft(text: string, kind: SuggestedItem['kind'], topic?: string): Draft {
  const t = collapseWhitespace(text);
  return { fragments: [t], text: t, due: findDueInText(t), kind, ...(topic ? { topic } : {}) };
}

function recommendingSentences(text: string, topic?: string): Draft[] {
  return sentenceSpans(text)
    .map((s) => text.slice(s.start, s.end))
    .filter(isRecommendationSentence)
    .map((s) => draft(s, 'modal', topic));
}

/** The item a paragraph of a list-less section stands for: its recommending sentences, else the whole short paragraph. */
function paragraphItem(text: string, topic?: string): Draft[] {
  const spans = sentenceSpans(text).filter((s) => isRecommendationSentence(text.slice(s.start, s.end)));
  const first = spans[0];
  const last = spans.at(-1);
  if (first && last) return [draft(text.slice(first.start, last.end), 'section', topic)];
  const plain = collapseWhitespace(text);
  const fits = words(plain) >= 3 && words(plain) <= MAX_PARAGRAPH_ITEM_WORDS && !plain.endsWith(':') && !isHeadline(plain);
  return fits ? [draft(plain, 'section', topic)] : [];
}

function listItemTexts(list: Tokens.List): string[] {
  return list.items.flatMap((item) => {
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === 'list');
    const own = inlineText(item.tokens).trim();
    return [...(own ? [own] : []), ...nested.flatMap(listItemTexts)];
  });
}

function drafts(block: Block): Draft[] {
  const { token, section, topic } = block;
  if (token.type === 'table') {
    return scheduleRows(token as Tokens.Table).map((r) => ({
      fragments: r.cells,
      text: r.text,
      due: r.due,
      kind: 'schedule' as const,
      ...(r.topic ? { topic: r.topic } : {}),
    }));
  }
  if (token.type === 'list') {
    const texts = listItemTexts(token as Tokens.List);
    if (!section) return texts.flatMap((t) => recommendingSentences(t));
    return texts.map((t) => draft(t, 'section', leadingLabel(t) ?? topic));
  }
  const text = inlineText((token as Tokens.Paragraph).tokens);
  if (section && !section.hasList) return paragraphItem(text, topic);
  return recommendingSentences(text, topic); // prose around a list, or outside any section
}

const key = (s: string): string => collapseWhitespace(s).toLowerCase();

/** Checklist items suggested by a brief, in document order, each anchored in `renderedText`. */
export function extractRecommendations(markdown: string, renderedText: string): SuggestedItem[] {
  const all = classify(new Lexer({ gfm: true }).lex(markdown)).flatMap(drafts);
  const sectionKeys = all.filter((d) => d.kind !== 'modal').map((d) => key(d.text));
  const items: SuggestedItem[] = [];
  let cursor = 0;
  for (const d of all) {
    const k = key(d.text);
    // A recommending sentence that repeats a section item (a summary, say) is the same item.
    if (d.kind === 'modal' && sectionKeys.some((s) => s.includes(k) || k.includes(s))) continue;
    const span = locateFragments(renderedText, d.fragments, cursor);
    if (!span) continue;
    cursor = span.end;
    items.push({
      text: d.text,
      selector: describeRange(renderedText, span.start, span.end),
      due: d.due,
      kind: d.kind,
      ...(d.topic ? { topic: d.topic } : {}),
    });
  }
  return items;
}
