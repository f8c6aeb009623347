// Re-tagging storage: one chunk of briefs per transaction, in id order, so a long re-tag keeps the
// window answering and every brief ends either re-tagged or untouched. Which topics a brief gets
// is the caller's (domain) work.
import type { Brief, TopicMatch } from '../domain/types.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { withBodies } from './brief-bodies.js';

export interface RetagChunk {
  /** Briefs re-tagged in this chunk. */
  count: number;
  /** The last id read: where the next chunk starts. */
  last: string;
}

export function topicTagsRepository(database: AppDB) {
  return {
    retagChunk: (after: string, limit: number, topicsOf: (brief: Brief) => TopicMatch[]): Promise<RetagChunk> =>
      database.transaction('rw', database.briefs, database.bodies, async () => {
        const chunk = await withBodies(database, await database.briefs.where(':id').above(after).limit(limit).toArray());
        for (const brief of chunk) {
          const topicEvidence = topicsOf(brief);
          await database.briefs.update(brief.id, { topicEvidence, topics: topicEvidence.map((m) => m.topic) });
        }
        return { count: chunk.length, last: chunk.at(-1)?.id ?? after };
      }),
  };
}

export const { retagChunk } = boundToApp(topicTagsRepository);
