// The last, format-independent step of every import: clean-up, metadata and topics → BriefDraft.
import { ImportError, type BriefDraft } from '../import.js';
import { cleanMarkdown } from './cleanup.js';
import { countWords, markdownToPlain } from './lines.js';
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
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim();
}

export async function buildDraft(doc: ExtractedDocument, fileName: string, lexicon: TopicLexicon = DEFAULT_TOPIC_LEXICON): Promise<BriefDraft> {
  const title = doc.title.trim() || titleFromFileName(fileName) || 'Untitled brief';
  const { markdown, removed } = cleanMarkdown(doc.markdown, { title, page: doc.page ?? false });
  const plain = markdownToPlain(markdown);
  if (plain === '') throw new ImportError(fileName || 'Pasted text', 'contains no readable text');
  const detected = detectLanguage(plain);
  const topicEvidence = classifyTopics(`${title}\n${doc.subtitle}\n${plain}`, lexicon);
  return {
    title,
    subtitle: doc.subtitle.trim(),
    byline: doc.byline.trim(),
    source: { name: doc.sourceName.trim(), url: doc.url, publishedAt: doc.publishedAt },
    markdown: markdown.trim(),
    contentHash: await contentHash(`${title}\n${plain}`),
    language: detected !== 'und' ? detected : (normalizeLanguageTag(doc.declaredLanguage) ?? 'und'),
    wordCount: countWords(plain),
    excerpt: doc.excerpt?.trim() || makeExcerpt(markdown),
    topics: topicEvidence.map((t) => t.topic),
    topicEvidence,
    removedLines: removed,
    fileName,
  };
}
