import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeLimit, type Job } from '../../../renderer/src/rendering/time-limit.js';

/** A parse the test finishes by hand, recording whether it was cancelled. */
function manualJob(): Job<string> & { finish(html: string): void; fail(): void; cancelled: number } {
  let finish!: (html: string) => void;
  let fail!: () => void;
  const result = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = () => reject(new Error('parser gave up'));
  });
  const job = { result, finish, fail, cancelled: 0, cancel: () => void job.cancelled++ };
  return job;
}

describe('withTimeLimit', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('returns the HTML of a parse that finishes in time, and frees the job', async () => {
    const job = manualJob();
    const outcome = withTimeLimit(job, 2000);
    await vi.advanceTimersByTimeAsync(1999);
    job.finish('<p>on time</p>');
    await expect(outcome).resolves.toEqual({ ok: true, value: '<p>on time</p>' });
    expect(job.cancelled).toBe(1);
  });

  it('gives up at the deadline and cancels the parse', async () => {
    const job = manualJob();
    let settled = false;
    const outcome = withTimeLimit(job, 2000).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(job.cancelled).toBe(1);
  });

  it('ignores a parse that finishes after the deadline', async () => {
    const job = manualJob();
    const outcome = withTimeLimit(job, 50);
    await vi.advanceTimersByTimeAsync(60);
    job.finish('<p>late</p>');
    await expect(outcome).resolves.toEqual({ ok: false, reason: 'timeout' });
    expect(job.cancelled).toBe(1);
  });

  it('reports a parser that throws as failed, without waiting for the deadline', async () => {
    const job = manualJob();
    const outcome = withTimeLimit(job, 2000);
    job.fail();
    await expect(outcome).resolves.toMatchObject({ ok: false, reason: 'failed', error: { message: 'parser gave up' } });
    expect(vi.getTimerCount()).toBe(0);
  });
});
