// The one marked configuration, shared by the main thread (small bodies) and the Markdown
// worker (large ones), so both paths produce the same HTML for the same text. No DOM here.
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Markdown → unsanitized HTML; throws when marked gives up (it does on very deep nesting). */
export function parseMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}
