// The one marked configuration, used by the Markdown worker (and by tests in-process). No DOM here.
import { Marked, type Token } from 'marked';
import { figures } from './figures.js';

const marked = new Marked({ gfm: true, breaks: false, async: false }, figures);

/** About this much Markdown per chunk: the main thread sanitizes one chunk per task. */
export const CHUNK_CHARS = 32_000;

/**
 * Markdown → unsanitized HTML, in chunks of whole top-level blocks whose concatenation is exactly
 * marked's HTML for the whole text (links are resolved while lexing, before the split).
 * Throws when marked gives up (it does on very deep nesting).
 */
export function parseMarkdownChunks(markdown: string, chunkChars = CHUNK_CHARS): string[] {
  const tokens = marked.lexer(markdown);
  const chunks: string[] = [];
  let group: Token[] = [];
  let size = 0;
  const flush = () => {
    if (group.length) chunks.push(marked.parser(group));
    group = [];
    size = 0;
  };
  for (const token of tokens) {
    group.push(token);
    size += token.raw.length;
    if (size >= chunkChars) flush();
  }
  flush();
  return chunks;
}
