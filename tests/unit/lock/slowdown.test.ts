import { describe, expect, it } from 'vitest';
import { delayAfter, MAX_DELAY_MS, NO_FAILURES, parseFailures, recordFailure, waitLeft } from '../../../renderer/src/domain/lock/slowdown.js';

describe('the wait after wrong passphrases', () => {
  it('is nothing before a failure, then doubles from one second', () => {
    expect([0, 1, 2, 3, 4, 5].map(delayAfter)).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never grows past five minutes, however many failures', () => {
    expect(delayAfter(9)).toBe(256_000);
    expect(delayAfter(10)).toBe(MAX_DELAY_MS);
    expect(delayAfter(1_000)).toBe(MAX_DELAY_MS);
  });

  it('counts down from the last failure', () => {
    let f = recordFailure(NO_FAILURES, 10_000);
    f = recordFailure(f, 20_000);
    expect(f).toEqual({ count: 2, lastAt: 20_000 });
    expect(waitLeft(f, 20_000)).toBe(2_000);
    expect(waitLeft(f, 21_500)).toBe(500);
    expect(waitLeft(f, 22_000)).toBe(0);
    expect(waitLeft(NO_FAILURES, 5)).toBe(0);
  });

  it('is not lengthened by a clock set back', () => {
    const f = recordFailure(recordFailure(recordFailure(NO_FAILURES, 0), 0), 100_000);
    expect(waitLeft(f, 50_000)).toBe(delayAfter(3));
  });

  it('reads stored failures back only when they make sense', () => {
    expect(parseFailures({ count: 3, lastAt: 7 })).toEqual({ count: 3, lastAt: 7 });
    for (const bad of [null, 'x', { count: -1, lastAt: 0 }, { count: 1.5, lastAt: 0 }, { count: 2 }, { count: 2, lastAt: Infinity }]) {
      expect(parseFailures(bad)).toEqual(NO_FAILURES);
    }
  });
});
