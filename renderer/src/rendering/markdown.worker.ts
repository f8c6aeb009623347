// Parses Markdown off the main thread. The main thread owns the time limit: it terminates this
// worker when a parse runs too long, and sanitizes the HTML itself (DOMPurify needs a DOM).
import { parseMarkdownChunks } from './marked-parse.js';
import type { FromMarkdownWorker, ToMarkdownWorker } from './markdown-protocol.js';

interface WorkerScope {
  postMessage(message: FromMarkdownWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToMarkdownWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data: { id, markdown } }) => {
  try {
    scope.postMessage({ id, ok: true, chunks: parseMarkdownChunks(markdown) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
