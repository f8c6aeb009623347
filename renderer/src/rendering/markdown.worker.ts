// Parses one large Markdown body off the main thread. The main thread owns the time limit: it
// terminates this worker when the parse runs too long, and sanitizes the HTML itself.
import { parseMarkdown } from './marked-parse.js';
import type { FromMarkdownWorker, ToMarkdownWorker } from './markdown-protocol.js';

interface WorkerScope {
  postMessage(message: FromMarkdownWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToMarkdownWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (e) => {
  try {
    scope.postMessage({ ok: true, html: parseMarkdown(e.data.markdown) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
