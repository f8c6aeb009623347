// Runs the text-heavy import steps in a worker under a time limit, forwarding progress, and stops
// the worker when the user cancels or the time runs out. A worker that finished its job is kept
// warm for the next one: starting a worker and compiling the import code costs more than most
// files take. A draft that runs out of time
// is made again as plain text, which is linear in the text's length. Node (the unit tests) has
// no Worker: the same steps run in-process there.
import { ImportError } from '../domain/import.js';
import { suggestItems, type SuggestedItem } from '../domain/items/extract.js';
import { withTimeLimit, type Job, type Outcome } from '../rendering/time-limit.js';
import { nextTask } from '../rendering/next-task.js';
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
  return 'problem' in failure ? new ImportError(failure.fileName, failure.problem) : new Error(failure.message);
}

/** An idle worker that answered its last job, ready for the next; at most one is kept. */
let warm: Worker | undefined;

function start<T>(message: ToDraftWorker, pick: (reply: FromDraftWorker & { ok: true }) => T | undefined, progress?: Progress): Job<T> {
  const worker = warm ?? new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  warm = undefined;
  let over = false;
  /** A worker that answered is kept (if none is); one cancelled mid-job, or broken, is stopped. */
  const finish = (answered: boolean) => {
    if (over) return;
    over = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (answered && !warm) warm = worker;
    else worker.terminate();
  };
  const result = new Promise<T>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FromDraftWorker>) => {
      if ('progress' in data) return progress?.(data.progress);
      finish(true);
      if (!data.ok) return reject(errorOf(data.failure));
      const value = pick(data);
      if (value === undefined) reject(new Error('the import worker answered something else'));
      else resolve(value);
    };
    worker.onerror = (e) => {
      finish(false);
      reject(new Error(e.message || 'the import worker failed'));
    };
  });
  void post(worker, message);
  // The time limit cancels every job once it settles: by then `finish` has run and this does nothing.
  return { result, cancel: () => finish(false) };
}

/**
 * A file's bytes go to the worker as a copy that is transferred, not cloned: cloning megabytes into
 * a message takes one long task, a copy is one quick memory copy, and the caller keeps its bytes
 * (the plain-text attempt sends them again).
 */
function forTransfer(message: ToDraftWorker): [ToDraftWorker, Transferable[]] {
  if (!('draft' in message) || !('bytes' in message.draft)) return [message, []];
  const bytes = message.draft.bytes.slice();
  return [{ draft: { ...message.draft, bytes } }, [bytes.buffer]];
}

/** Runs per message when a PDF's runs go ahead of its request. */
const RUNS_PER_MESSAGE = 2_000;

/** Sends a request; a PDF's text runs go first in batches, a task each. */
async function post(worker: Worker, message: ToDraftWorker): Promise<void> {
  if ('draft' in message && message.draft.kind === 'pdf' && message.draft.runs.length > RUNS_PER_MESSAGE) {
    const { runs } = message.draft;
    for (let at = 0; at < runs.length; at += RUNS_PER_MESSAGE) {
      if (at > 0) await nextTask();
      worker.postMessage({ pdfRuns: runs.slice(at, at + RUNS_PER_MESSAGE) } satisfies ToDraftWorker);
    }
    await nextTask();
    message = { draft: { ...message.draft, runs: [] } };
  }
  worker.postMessage(...forTransfer(message));
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
  throw new ImportError(request.name || 'Pasted text', { code: 'tooSlow' });
}

/** Checklist suggestions for a draft (they lex its Markdown again); none when they take too long. */
export async function suggestOffThread(markdown: string, text: string, options: WorkerOptions = {}): Promise<SuggestedItem[]> {
  if (typeof Worker === 'undefined') return suggestItems(markdown, text);
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
