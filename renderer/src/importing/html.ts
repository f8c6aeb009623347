// HTML → ExtractedDocument: parse inertly, flatten abusive nesting, let Readability find the
// article, sanitize, convert to Markdown. Runs in the import worker, in linkedom's DOM
// (html-dom.ts): nothing is inserted into the live document.
import { siteOf } from '../domain/links.js';
import { Readability } from '@mozilla/readability';
import { parseDate } from '../domain/text/dates.js';
import type { ExtractedDocument } from '../domain/text/draft.js';
import { plainOfMarkdownLine, splitLines } from '../domain/text/lines.js';
import { parseByline } from '../domain/text/structure.js';
import { LOCAL_REFERENCE, referenceSegments } from '../domain/images/local-pictures.js';
import { flattenDeepNesting, limitNestingInSource, removeClobberingNames, unwrapStrayTableParts } from './dom-limits.js';
import { parseHtmlDocument } from './html-dom.js';
import type { ImageCollector } from './image-collector.js';
import { sanitizeHtml } from './sanitize.js';
import { htmlToMarkdown } from './to-markdown.js';

export interface HtmlOptions {
  /** Run Readability (saved web pages); off for pasted selections and converted DOCX. */
  extractArticle: boolean;
  /** Takes the images the document carries inside it; without one, images become their alt text. */
  images?: ImageCollector;
}

/** Below this much text, Readability's pick is not trusted and the whole body is used. */
const MIN_ARTICLE_CHARS = 140;

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
}

function webUrl(value: string | null | undefined, base?: string): string {
  if (!value) return '';
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * Links must not resolve against the app's own address: make them absolute against the page's
 * canonical URL when there is one, and drop them otherwise.
 */
function absolutizeLinks(doc: Document, base: string): void {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!.trim();
    if (/^(https?:|mailto:)/i.test(href)) continue;
    const resolved = base && !/^[a-z][a-z0-9+.-]*:/i.test(href) ? webUrl(href, base) : '';
    if (resolved) a.setAttribute('href', resolved);
    else a.removeAttribute('href');
  }
}

/** Relative picture references keep their path through Readability (see LOCAL_REFERENCE). */
function markLocalPictures(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (referenceSegments(src)) img.setAttribute('src', LOCAL_REFERENCE + src.trim());
  }
}

interface Article {
  html: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
}

function readArticle(doc: Document): Article | null {
  try {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
    if (!article?.content || (article.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) return null;
    return {
      html: article.content,
      title: article.title ?? '',
      byline: article.byline ?? '',
      siteName: article.siteName ?? '',
      publishedTime: article.publishedTime ?? '',
      lang: article.lang ?? '',
    };
  } catch {
    return null; // Readability gave up on this page: the sanitized body is used instead
  }
}

/** "By Jane Roe" as the first line of the body, when the page's metadata named no author, with any date it gives. */
function takeBylineLine(markdown: string): { byline: string; publishedAt: string | null; markdown: string } {
  const lines = splitLines(markdown);
  const first = lines.findIndex((l) => l.trim() !== '');
  const parsed = first >= 0 && first < 6 ? parseByline(plainOfMarkdownLine(lines[first]!)) : null;
  if (!parsed) return { byline: '', publishedAt: null, markdown };
  lines.splice(first, 1);
  return { ...parsed, markdown: lines.join('\n').trim() };
}

export function extractHtml(fileName: string, html: string, opts: HtmlOptions): ExtractedDocument {
  const doc = parseHtmlDocument(limitNestingInSource(html));
  removeClobberingNames(doc);
  flattenDeepNesting(fileName, doc);
  unwrapStrayTableParts(doc);
  const url = webUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) || webUrl(meta(doc, 'og:url'));
  absolutizeLinks(doc, url);
  markLocalPictures(doc);

  const article = opts.extractArticle ? readArticle(doc) : null;
  const fragment = sanitizeHtml(article ? article.html : doc.body?.innerHTML ?? '', opts.images);
  let markdown = htmlToMarkdown(fragment);
  // A "By …" line at the top moves into the byline field even when the metadata named the author.
  const taken = takeBylineLine(markdown);
  markdown = taken.markdown;
  const byline = article?.byline || meta(doc, 'author', 'article:author', 'dc.creator') || taken.byline;

  const heading = doc.querySelector('h1')?.textContent?.trim() ?? '';
  const title = article?.title || meta(doc, 'og:title', 'twitter:title') || doc.title.trim() || heading;
  const published = article?.publishedTime || meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date') || doc.querySelector('time[datetime]')?.getAttribute('datetime') || '';
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    subtitle: '',
    byline: byline.replace(/\s+/g, ' ').replace(/^(by|por)\s+/i, '').trim(),
    markdown,
    sourceName: article?.siteName || meta(doc, 'og:site_name', 'application-name') || siteOf(url),
    url,
    publishedAt: parseDate(published) ?? taken.publishedAt,
    declaredLanguage: article?.lang || doc.documentElement?.getAttribute('lang') || null,
    excerpt: meta(doc, 'description', 'og:description'),
  };
}
