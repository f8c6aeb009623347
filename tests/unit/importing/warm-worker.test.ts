// The import worker is started once and kept for the next job; a job cancelled or out of time
// stops its worker, and the next job starts a fresh one. A stand-in Worker answers the messages.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromDraftWorker, ToDraftWorker } from '../../../renderer/src/importing/draft-protocol.js';

class FakeWorker {
  static started: FakeWorker[] = [];
  /** When false, the worker never answers (a job that runs too long). */
  static answers = true;
  onmessage: ((e: MessageEvent<FromDraftWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  jobs = 0;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: ToDraftWorker): void {
    this.jobs++;
    if (!FakeWorker.answers) return;
    const reply: FromDraftWorker = 'suggest' in message ? { ok: true, suggestions: [] } : { ok: false, failure: { message: 'not used' } };
    queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<FromDraftWorker>));
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.resetModules();
  FakeWorker.started = [];
  FakeWorker.answers = true;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the warm import worker', () => {
  it('serves job after job from one worker', async () => {
    const { suggestOffThread } = await import('../../../renderer/src/importing/draft-in-worker.js');
    for (let i = 0; i < 3; i++) expect(await suggestOffThread('- Do it.', 'Do it.')).toEqual([]);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]).toMatchObject({ jobs: 3, terminated: false });
  });

  it('stops a worker whose job ran out of time, and starts a fresh one for the next job', async () => {
    const { suggestOffThread } = await import('../../../renderer/src/importing/draft-in-worker.js');
    FakeWorker.answers = false;
    expect(await suggestOffThread('- Do it.', 'Do it.', { timeoutMs: 5 })).toEqual([]);
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    FakeWorker.answers = true;
    await suggestOffThread('- Do it.', 'Do it.');
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1]!.terminated).toBe(false);
  });

  it('stops the worker when the user cancels', async () => {
    const { suggestOffThread } = await import('../../../renderer/src/importing/draft-in-worker.js');
    FakeWorker.answers = false;
    const controller = new AbortController();
    const pending = suggestOffThread('- Do it.', 'Do it.', { signal: controller.signal });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });
});
