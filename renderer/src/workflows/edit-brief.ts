// Saving a brief's edited text; its annotations and items are re-anchored in the same transaction.
// A save names the revision it was edited from and is refused when the brief has moved on.
import { saveRevisedText, type RevisedTextSave } from '../data/brief-text.js';
import { renderedText } from '../rendering/markdown.js';
import { countWords } from '../domain/text/lines.js';
import type { RemovedLine } from '../domain/types.js';

export async function saveBriefMarkdown(briefId: string, markdown: string, baseRevision: number, now = Date.now()): Promise<RevisedTextSave> {
  return saveBriefLines(briefId, markdown, undefined, baseRevision, now);
}

/**
 * The import review's save: the text with a line taken out or put back, and the list of removed
 * lines that goes with it, in one transaction so that neither is stored without the other.
 */
export async function saveBriefLines(briefId: string, markdown: string, removedLines: RemovedLine[] | undefined, baseRevision: number, now = Date.now()): Promise<RevisedTextSave> {
  const text = await renderedText(markdown);
  const patch = removedLines ? { markdown, wordCount: countWords(text), removedLines } : { markdown, wordCount: countWords(text) };
  return saveRevisedText(briefId, baseRevision, text, patch, now);
}
