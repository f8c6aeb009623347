// Work that may run too long: whoever waits for it gives up after a deadline and cancels it.
// Pure (timers only), so the limit is unit-tested with a fake job.

/** Work in progress somewhere else (a worker); cancel() stops it and frees what it holds. */
export interface Job<T> {
  result: Promise<T>;
  cancel(): void;
}

/** A Markdown parse: the HTML of the text's top-level blocks, in order, in chunks. */
export type ParseJob = Job<string[]>;
export type StartParse = (markdown: string) => ParseJob;

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'failed'; error?: unknown };

/** Waits for a job at most timeoutMs; a job that is late is cancelled, one that failed is reported. */
export function withTimeLimit<T>(job: Job<T>, timeoutMs: number): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.cancel();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    job.result.then(
      (value) => finish({ ok: true, value }),
      (error: unknown) => finish({ ok: false, reason: 'failed', error }),
    );
  });
}
