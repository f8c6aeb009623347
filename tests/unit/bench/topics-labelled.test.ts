// @vitest-environment node
// Topic tagging on the labelled set (tests/fixtures/topics plus the shared seeds when present):
// the figures `npm run fidelity` prints must stay at or above the goal of issue 14.
import { describe, expect, it } from 'vitest';
import { scoreTopics } from '../../bench/topics-corpus.js';

describe('topics on a labelled set of briefs', () => {
  it('tags at most three topics each, with precision and recall of at least 0.8', async () => {
    const s = await scoreTopics();
    expect(s.briefs.length).toBeGreaterThanOrEqual(30);
    for (const b of s.briefs) expect(b.got.length, b.name).toBeLessThanOrEqual(3);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
});
