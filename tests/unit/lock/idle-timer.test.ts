import { describe, expect, it, vi } from 'vitest';
import { IdleTimer, type IdleClock } from '../../../renderer/src/domain/lock/idle-timer.js';

/** A clock whose time moves only when the test says so, firing timers as they fall due. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 1;
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = next++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.length };
}

describe('IdleTimer', () => {
  it('calls onIdle once the limit passes without activity, and only once', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    new IdleTimer(clock, onIdle).watch(10_000);
    advance(9_999);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    advance(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts the idle time from the last activity', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    const timer = new IdleTimer(clock, onIdle);
    timer.watch(10_000);
    advance(8_000);
    timer.activity();
    advance(9_000);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however much activity there is', () => {
    const { clock, advance, pending } = fakeClock();
    const timer = new IdleTimer(clock, () => undefined);
    timer.watch(60_000);
    for (let i = 0; i < 1_000; i++) {
      timer.activity();
      advance(10);
    }
    expect(pending()).toBe(1);
  });

  it('stops, and restarts with a new limit', () => {
    const { clock, advance, pending } = fakeClock();
    const onIdle = vi.fn();
    const timer = new IdleTimer(clock, onIdle);
    timer.watch(10_000);
    timer.stop();
    expect(pending()).toBe(0);
    advance(20_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.watch(60_000);
    advance(30_000);
    timer.watch(5_000);
    advance(5_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.watch(null);
    expect(pending()).toBe(0);
  });
});
