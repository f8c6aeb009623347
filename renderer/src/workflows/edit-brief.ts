// Saving a brief's edited text; its annotations and items are re-anchored in the same transaction.
// A save names the revision it was edited from and is refused when the brief has moved on.
import { db } from '../data/db.js';
import { replaceBriefTextAt, type RevisedTextSave } from '../data/brief-text.js';
import { renderedText } from '../rendering/markdown.js';
import { countWords } from '../domain/text/lines.js';

export async function saveBriefMarkdown(briefId: string, markdown: string, baseRevision: number, now = Date.now()): Promise<RevisedTextSave> {
  const text = await renderedText(markdown);
  const database = db();
  return database.transaction('rw', database.briefs, database.annotations, database.recommendations, () =>
    replaceBriefTextAt(database, briefId, baseRevision, text, { markdown, wordCount: countWords(text) }, now),
  );
}
