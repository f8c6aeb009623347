// The sources appendix: one full citation per brief, with when it was retrieved (imported)
// and the content hash that identifies exactly the text that was printed.
import type { Brief } from '../types.js';

export interface SourceCitation {
  briefId: string;
  title: string;
  byline: string;
  publisher: string;
  url: string;
  publishedAt: string | null;
  /** YYYY-MM-DD (UTC) of the import. */
  retrievedAt: string;
  contentHash: string;
}

export function sourceCitation(brief: Brief): SourceCitation {
  return {
    briefId: brief.id,
    title: brief.title,
    byline: brief.byline,
    publisher: brief.source.name,
    url: brief.source.url,
    publishedAt: brief.source.publishedAt,
    retrievedAt: new Date(brief.importedAt).toISOString().slice(0, 10),
    contentHash: brief.contentHash,
  };
}

export interface CitationLabels {
  published: string;
  retrieved: string;
  hash: string;
}

/** One line of text for a citation; empty parts are left out, never printed as blanks. */
export function citationText(c: SourceCitation, labels: CitationLabels): string {
  return [
    c.byline,
    `“${c.title}”`,
    c.publisher,
    c.publishedAt ? `${labels.published} ${c.publishedAt}` : '',
    c.url,
    `${labels.retrieved} ${c.retrievedAt}`,
    `${labels.hash} ${c.contentHash}`,
  ]
    .filter((part) => part.trim() !== '')
    .join(' · ');
}
