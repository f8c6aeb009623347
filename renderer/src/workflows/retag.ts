// Re-tagging the library after the user edits the topic lexicon. Briefs are read and updated in
// chunks, each in its own transaction, so the UI stays responsive and shows progress; every
// brief is always either re-tagged or untouched.
import { classifyTopics, type TopicLexicon } from '../domain/text/topics.js';
import { markdownToPlain } from '../domain/text/lines.js';
import { db } from '../data/db.js';

const CHUNK = 200;

export async function retagAllBriefs(lexicon: TopicLexicon, onProgress: (done: number) => void = () => undefined): Promise<number> {
  const database = db();
  let done = 0;
  let after = '';
  for (;;) {
    const count = await database.transaction('rw', database.briefs, async () => {
      const chunk = await database.briefs.where(':id').above(after).limit(CHUNK).toArray();
      for (const brief of chunk) {
        const topicEvidence = classifyTopics(`${brief.title}\n${brief.subtitle}\n${markdownToPlain(brief.markdown)}`, lexicon);
        await database.briefs.update(brief.id, { topicEvidence, topics: topicEvidence.map((m) => m.topic) });
      }
      after = chunk.at(-1)?.id ?? after;
      return chunk.length;
    });
    done += count;
    onProgress(done);
    if (count < CHUNK) return done;
    // Let the page paint between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
