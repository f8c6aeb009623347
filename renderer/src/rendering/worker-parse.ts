// Parses Markdown in one long-lived worker, so a sidebar full of short notes costs one worker
// start, not one each. A late parse is stopped by terminating the worker; the next parse starts a
// fresh one. Parses are queued by the caller (markdown.ts), so only one is ever pending here.
import type { ParseJob } from './time-limit.js';
import type { FromMarkdownWorker, ToMarkdownWorker } from './markdown-protocol.js';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve(chunks: string[]): void; reject(error: Error): void }>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function markdownWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module', name: 'markdown' });
  w.addEventListener('message', ({ data }: MessageEvent<FromMarkdownWorker>) => {
    const job = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) job?.resolve(data.chunks);
    else job?.reject(new Error(data.message));
  });
  w.addEventListener('error', (e) => {
    stop(w);
    failAll(new Error(e.message || 'the Markdown worker failed'));
  });
  worker = w;
  return w;
}

function stop(w: Worker): void {
  w.terminate();
  if (worker === w) worker = null;
}

export function parseInWorker(markdown: string): ParseJob {
  const w = markdownWorker();
  const id = nextId++;
  const result = new Promise<string[]>((resolve, reject) => pending.set(id, { resolve, reject }));
  const message: ToMarkdownWorker = { id, markdown };
  w.postMessage(message);
  return {
    result,
    cancel: () => {
      // Finished parses leave nothing to stop; a late one holds the worker, which goes with it.
      if (!pending.has(id)) return;
      pending.delete(id);
      stop(w);
      failAll(new Error('the Markdown worker was stopped'));
    },
  };
}
