// Re-tagging the library after the user edits the topic lexicon, a chunk at a time with progress.
import { classifyTopics, type TopicLexicon } from '../domain/text/topics.js';
import { markdownToPlain } from '../domain/text/lines.js';
import { retagChunk } from '../data/topic-tags.js';

const CHUNK = 200;

export async function retagAllBriefs(lexicon: TopicLexicon, onProgress: (done: number) => void = () => undefined): Promise<number> {
  const topicsOf = (brief: { title: string; subtitle: string; markdown: string }) =>
    classifyTopics(`${brief.title}\n${brief.subtitle}\n${markdownToPlain(brief.markdown)}`, lexicon);
  let done = 0;
  let after = '';
  for (;;) {
    const { count, last } = await retagChunk(after, CHUNK, topicsOf);
    done += count;
    after = last;
    onProgress(done);
    if (count < CHUNK) return done;
    // Let the page paint between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
