// Starts the text-heavy import steps in a worker of their own (one per file) under a time limit,
// forwarding progress, and stops the worker when the user cancels. A draft that runs out of time
// is made again as plain text, which is linear in the text's length. Node (the unit tests) has
// no Worker: the same steps run in-process there.
import { ImportError } from '../domain/import.js';
import { extractRecommendations, type SuggestedItem } from '../domain/recommendations/extract.js';
import { withTimeLimit, type Job, type Outcome } from '../rendering/time-limit.js';
import { draftFrom, type DraftRequest, type DraftResult, type Progress } from './draft-steps.js';
import type { FromDraftWorker, ToDraftWorker, WorkerFailure } from './draft-protocol.js';

/** Per attempt: the formatted one, then the plain-text one. */
export const DRAFT_TIME_LIMIT_MS = 60_000;
/** Suggestions are a convenience: without them in this time the brief is stored without any. */
export const SUGGEST_TIME_LIMIT_MS = 15_000;

export interface WorkerOptions {
  signal?: AbortSignal;
  progress?: Progress;
  timeoutMs?: number;
}

function errorOf(failure: WorkerFailure): Error {
  return 'reason' in failure ? new ImportError(failure.fileName, failure.reason) : new Error(failure.message);
}

function start<T>(message: ToDraftWorker, pick: (reply: FromDraftWorker & { ok: true }) => T | undefined, progress?: Progress): Job<T> {
  const worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const result = new Promise<T>((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<FromDraftWorker>) => {
      if ('progress' in data) progress?.(data.progress);
      else if (!data.ok) reject(errorOf(data.failure));
      else {
        const value = pick(data);
        if (value === undefined) reject(new Error('the import worker answered something else'));
        else resolve(value);
      }
    });
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the import worker failed')));
  });
  worker.postMessage(message);
  return { result, cancel: () => worker.terminate() };
}

/** The job, stopped and rejected with the signal's reason as soon as the user cancels. */
function cancellable<T>(job: Job<T>, signal?: AbortSignal): Job<T> {
  if (!signal) return job;
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => {
      job.cancel();
      reject(signal.reason as Error);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { result: Promise.race([job.result, aborted]), cancel: job.cancel };
}

async function attempt<T>(job: Job<T>, { signal, timeoutMs }: WorkerOptions, fallbackTimeout: number): Promise<Outcome<T>> {
  const outcome = await withTimeLimit(cancellable(job, signal), timeoutMs ?? fallbackTimeout);
  signal?.throwIfAborted();
  if (!outcome.ok && outcome.reason === 'failed') throw outcome.error;
  return outcome;
}

export async function draftOffThread(request: DraftRequest, options: WorkerOptions = {}): Promise<DraftResult> {
  if (typeof Worker === 'undefined') return draftFrom(request, options.progress);
  const run = (r: DraftRequest) => start(
    { draft: r },
    (reply) => ('draft' in reply ? { ...reply.draft, draft: { ...reply.draft.draft, markdown: new TextDecoder().decode(reply.body) } } : undefined),
    options.progress,
  );
  const formatted = await attempt(run(request), options, DRAFT_TIME_LIMIT_MS);
  if (formatted.ok) return formatted.value;
  const plain = await attempt(run({ ...request, plain: true }), options, DRAFT_TIME_LIMIT_MS);
  if (plain.ok) return plain.value;
  throw new ImportError(request.name || 'Pasted text', 'took too long to import, even as plain text');
}

/** Checklist suggestions for a draft (they lex its Markdown again); none when they take too long. */
export async function suggestOffThread(markdown: string, text: string, options: WorkerOptions = {}): Promise<SuggestedItem[]> {
  if (typeof Worker === 'undefined') return extractRecommendations(markdown, text);
  const job = start({ suggest: { markdown, text } }, (reply) => ('suggestions' in reply ? reply.suggestions : undefined));
  try {
    const outcome = await attempt(job, options, SUGGEST_TIME_LIMIT_MS);
    return outcome.ok ? outcome.value : [];
  } catch (error) {
    options.signal?.throwIfAborted();
    if (error instanceof ImportError) throw error;
    return [];
  }
}
