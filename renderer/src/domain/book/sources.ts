// The sources appendix: what is known of each brief's source, with when it was retrieved (imported)
// and the content hash that identifies exactly the text that was printed. citation.ts formats it.
import type { Brief } from '../types.js';
import { splitByline } from '../text/byline.js';

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
  // Briefs imported before bylines were split may still carry a date in the byline.
  const byline = splitByline(brief.byline);
  return {
    briefId: brief.id,
    title: brief.title,
    byline: byline.byline,
    publisher: brief.source.name,
    url: brief.source.url,
    publishedAt: brief.source.publishedAt ?? byline.publishedAt,
    retrievedAt: new Date(brief.importedAt).toISOString().slice(0, 10),
    contentHash: brief.contentHash,
  };
}
