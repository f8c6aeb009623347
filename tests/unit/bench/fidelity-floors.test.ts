// @vitest-environment node
// Import fidelity on the shared scraped pages (read from ../shared, never copied): the figures
// `npm run fidelity` prints must not fall below these floors, set a little under the measured ones.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, scorePages } from '../../bench/fidelity-corpus.js';
import { summarize } from '../../bench/fidelity-score.js';

// Measured: titles 52% (42 of the 51 pages whose title is in the copied text at all), recall 0.99,
// precision 0.96, lower quartile 0.89; bylines 25 of 49.
const FLOORS = { titlesRight: 0.5, medianRecall: 0.97, medianPrecision: 0.94, lowerQuartilePrecision: 0.86, bylinesRight: 0.46 };

const present = existsSync(PAGES_DIR);
if (!present) console.warn(`Fidelity floors skipped: ${PAGES_DIR} does not exist on this machine.`);

describe('import fidelity on real scraped pages', () => {
  it.skipIf(!present)('stays above the floors', async () => {
    const pages = await scorePages();
    const s = summarize(pages);
    const bylines = pages.filter((p) => p.bylineRight !== null);
    expect(s.pages).toBeGreaterThanOrEqual(80);
    expect(s.titlesRight).toBeGreaterThanOrEqual(FLOORS.titlesRight);
    expect(s.medianRecall).toBeGreaterThanOrEqual(FLOORS.medianRecall);
    expect(s.medianPrecision).toBeGreaterThanOrEqual(FLOORS.medianPrecision);
    expect(s.lowerQuartilePrecision).toBeGreaterThanOrEqual(FLOORS.lowerQuartilePrecision);
    expect(bylines.filter((p) => p.bylineRight).length / bylines.length).toBeGreaterThanOrEqual(FLOORS.bylinesRight);
  });
});
