// The pre-flight checks in a worker of their own under a time limit. A check that cannot finish
// (too slow, or the worker failed) is itself a finding, so the user still decides whether to export.
import type { Finding } from '../domain/book/preflight.js';
import type { PreflightAnswer, PreflightRequest } from './preflight-protocol.js';

/** Generous for a book of many long briefs on a slow machine. */
export const PREFLIGHT_TIME_LIMIT_MS = 60_000;

export function preflightInWorker(request: PreflightRequest, timeoutMs = PREFLIGHT_TIME_LIMIT_MS): Promise<Finding[]> {
  const worker = new Worker(new URL('./preflight.worker.ts', import.meta.url), { type: 'module', name: 'preflight' });
  const unchecked = (sample: string): Finding[] => [{ kind: 'unchecked', briefId: null, where: request.records.book.title, sample }];
  return new Promise<Finding[]>((resolve) => {
    const timer = setTimeout(() => resolve(unchecked(`${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    worker.addEventListener('message', (e: MessageEvent<PreflightAnswer>) => {
      clearTimeout(timer);
      resolve(e.data.ok ? e.data.findings : unchecked(e.data.message));
    });
    worker.addEventListener('error', (e) => {
      clearTimeout(timer);
      resolve(unchecked(e.message || 'the check stopped unexpectedly'));
    });
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
