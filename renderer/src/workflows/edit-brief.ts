// Saving a brief's edited text; its annotations and items are re-anchored in the same transaction.
import { db } from '../data/db.js';
import { replaceBriefText } from '../data/brief-text.js';
import { renderedText } from '../rendering/markdown.js';
import { countWords } from '../domain/text/lines.js';

export async function saveBriefMarkdown(briefId: string, markdown: string, now = Date.now()): Promise<Awaited<ReturnType<typeof replaceBriefText>>> {
  const text = await renderedText(markdown);
  const database = db();
  return database.transaction('rw', database.briefs, database.annotations, database.recommendations, () =>
    replaceBriefText(database, briefId, text, { markdown, wordCount: countWords(text) }, now),
  );
}
