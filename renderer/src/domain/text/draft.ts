// The last, format-independent step of every import: clean-up, metadata and topics → BriefDraft.
import { siteOf } from '../links.js';
import { ImportError, type BriefDraft } from '../import.js';
import type { FieldOrigins } from '../types.js';
import { splitByline } from './byline.js';
import { cleanMarkdown } from './cleanup.js';
import { countWords, markdownToPlain, splitLines } from './lines.js';
import { contentHash, detectLanguage, makeExcerpt, normalizeLanguageTag } from './metadata.js';
import { classifyTopics, DEFAULT_TOPIC_LEXICON, type TopicLexicon } from './topics.js';

/** What a format-specific extractor hands over. */
export interface ExtractedDocument {
  title: string;
  subtitle: string;
  byline: string;
  markdown: string;
  sourceName: string;
  url: string;
  publishedAt: string | null;
  /** A language tag the file declared (HTML `lang`), used when the text itself is inconclusive. */
  declaredLanguage?: string | null;
  /** An excerpt the file declared (meta description), preferred over the first paragraph. */
  excerpt?: string;
  /** Plain text copied from a whole web page: clean-up may trim what lies outside the article. */
  page?: boolean;
  /** How the extractor got each field; a field it filled without saying counts as found. */
  origins?: FieldOrigins;
}

/** A source named only by its web address's host ("example.org") was made up from the URL, not read. */
function isHostOf(name: string, url: string): boolean {
  const site = siteOf(url);
  return site !== '' && site === name.toLowerCase();
}

/** Every field the draft has, with the origin the extractor gave it (found when it gave none); a title from the file name is guessed. */
export function draftOrigins(doc: ExtractedDocument, titleFromFile: boolean): FieldOrigins {
  const given = doc.origins ?? {};
  const out: FieldOrigins = { title: titleFromFile ? 'guessed' : (given.title ?? 'found') };
  if (doc.byline.trim()) out.byline = given.byline ?? 'found';
  if (doc.publishedAt) out.publishedAt = given.publishedAt ?? 'found';
  if (doc.sourceName.trim()) out.source = given.source ?? (isHostOf(doc.sourceName.trim(), doc.url) ? 'guessed' : 'found');
  if (doc.url) out.url = given.url ?? 'found';
  return out;
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}

export interface DraftOptions {
  lexicon?: TopicLexicon;
  /** Keep the body exactly as extracted, unread as Markdown and uncleaned: for text that cannot be
   *  formatted (complexity.ts). Every step left is linear in the text's length. */
  asPlainText?: boolean;
  /** Told how much of the draft is done (0 to 1) after each of its longer steps. */
  progress?: (done: number) => void;
}

/** The byline field holds names only; a date it carried dates the brief when nothing else did. */
function withBylineSplit(doc: ExtractedDocument): ExtractedDocument {
  const { byline, publishedAt } = splitByline(doc.byline);
  return { ...doc, byline, publishedAt: doc.publishedAt ?? publishedAt };
}

export async function buildDraft(extracted: ExtractedDocument, fileName: string, { lexicon = DEFAULT_TOPIC_LEXICON, asPlainText = false, progress }: DraftOptions = {}): Promise<BriefDraft> {
  const doc = withBylineSplit(extracted);
  const title = doc.title.trim() || titleFromFileName(fileName) || 'Untitled brief';
  // Plain text keeps its lines as written, with the line ends and spaces every import normalizes.
  const { markdown, removed } = asPlainText ? { markdown: splitLines(doc.markdown).join('\n'), removed: [] } : cleanMarkdown(doc.markdown, { title, page: doc.page ?? false });
  progress?.(0.5);
  const plain = asPlainText ? markdown.trim() : markdownToPlain(markdown);
  if (plain === '') throw new ImportError(fileName || 'Pasted text', { code: 'noText' });
  const detected = detectLanguage(plain);
  const topicEvidence = classifyTopics(`${title}\n${doc.subtitle}\n${plain}`, lexicon);
  progress?.(0.8);
  const hash = await contentHash(`${title}\n${plain}`);
  progress?.(1);
  return {
    title,
    subtitle: doc.subtitle.trim(),
    byline: doc.byline.trim(),
    source: { name: doc.sourceName.trim(), url: doc.url, publishedAt: doc.publishedAt },
    origins: draftOrigins(doc, doc.title.trim() === ''),
    markdown: markdown.trim(),
    contentHash: hash,
    language: detected !== 'und' ? detected : (normalizeLanguageTag(doc.declaredLanguage) ?? 'und'),
    wordCount: countWords(plain),
    excerpt: doc.excerpt?.trim() || makeExcerpt(markdown),
    topics: topicEvidence.map((t) => t.topic),
    topicEvidence,
    removedLines: removed,
    fileName,
  };
}
