// The bench's CPU-profile breakdown: self time by stage, built-ins charged to their callers.
import { describe, expect, it } from 'vitest';
import { timeByStage } from '../../bench/cpu-profile.js';

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0, columnNumber: 0 });

describe('timeByStage', () => {
  it("charges a browser built-in to the script that called it, and keeps V8's pseudo-frames apart", async () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
        { id: 2, callFrame: frame('store', 'http://127.0.0.1/assets/data-x1.js'), children: [3] },
        { id: 3, callFrame: frame('put') },
        { id: 4, callFrame: frame('(idle)') },
        { id: 5, callFrame: frame('extract', 'http://127.0.0.1/assets/unknown-x2.js') },
      ],
      samples: [3, 2, 4, 4, 5],
      timeDeltas: [2000, 1000, 500, 500, 3000],
    };
    // No source maps under this folder, so each script is known by its bundle path.
    const stages = await timeByStage(profile, '/nonexistent', [
      { stage: 'store', source: /\/assets\/data-/ },
      { stage: 'idle', source: /^\(idle\)$/ },
    ]);
    expect(stages).toEqual([['store', 3], ['other', 3], ['idle', 1]]);
  });
});
