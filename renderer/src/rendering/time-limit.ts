// A parse that may run too long: whoever waits for it gives up after a deadline and cancels it.
// Pure (timers only), so the limit is unit-tested with a fake parser.

/** A parse in progress somewhere else (a worker); cancel() stops it and frees what it holds. */
export interface ParseJob {
  html: Promise<string>;
  cancel(): void;
}

export type StartParse = (markdown: string) => ParseJob;

export type ParseOutcome = { ok: true; html: string } | { ok: false; reason: 'timeout' | 'failed' };

/** Waits for a job at most timeoutMs; a job that is late is cancelled, one that failed is reported. */
export function withTimeLimit(job: ParseJob, timeoutMs: number): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: ParseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.cancel();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    job.html.then(
      (html) => finish({ ok: true, html }),
      () => finish({ ok: false, reason: 'failed' }),
    );
  });
}
