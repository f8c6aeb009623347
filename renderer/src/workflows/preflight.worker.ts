// Runs the pre-flight checks off the main thread: they read every character of every brief, and
// a book may hold a text of many megabytes.
import { preflightBook, unicodeRangeCoverage } from '../domain/book/preflight.js';
import type { PreflightAnswer, PreflightRequest } from './preflight-protocol.js';

interface WorkerScope {
  postMessage(message: PreflightAnswer): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<PreflightRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  try {
    scope.postMessage({ ok: true, findings: preflightBook(data.records, data.appendix, { covered: unicodeRangeCoverage(data.fontRanges) }) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
