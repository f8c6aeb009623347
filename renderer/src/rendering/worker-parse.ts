// Starts a parse of one Markdown body in its own worker. A worker per parse costs a few
// milliseconds, which large bodies can afford, and a late parse is stopped by terminating it
// without disturbing any other.
import type { ParseJob } from './time-limit.js';
import type { FromMarkdownWorker, ToMarkdownWorker } from './markdown-protocol.js';

export function parseInWorker(markdown: string): ParseJob {
  const worker = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module', name: 'markdown' });
  const html = new Promise<string>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<FromMarkdownWorker>) => (e.data.ok ? resolve(e.data.html) : reject(new Error(e.data.message))));
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the Markdown worker failed')));
  });
  const message: ToMarkdownWorker = { markdown };
  worker.postMessage(message);
  return { html, cancel: () => worker.terminate() };
}
