// The sources appendix: what is known of each brief's source, with when it was retrieved (imported)
// and the content hash that identifies exactly the text that was printed. citation.ts formats it.
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
