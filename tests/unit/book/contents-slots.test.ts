// Finding where each contents number goes from the text runs of a print with empty slots.
import { describe, expect, it } from 'vitest';
import { findSlots, type TextRun } from '../../../main/services/contents-slots.js';
import type { PrintEntry } from '../../../main/common/print-page.js';

const run = (str: string, y: number, mcid: number | null = 1, size = 11): TextRun => ({ str, y, size, mcid });
const listed = (...titles: string[]): PrintEntry[] => titles.map((title, i) => ({ id: `e${i}`, title, role: 'listed' }));

describe('findSlots', () => {
  it("puts each number on its title's first baseline, in order, across pages", () => {
    const pages = [
      { index: 2, runs: [run('Contents', 765, 0, 20), run('Fisheries and', 730, 1), run('the coast', 716, 1), run('Energy', 690, 3)] },
      { index: 3, runs: [run('Sources', 760, 0)] },
    ];
    expect(findSlots(pages, listed('Fisheries and the  coast', 'Energy', 'Sources'))).toEqual({
      e0: { pageIndex: 2, baseline: 730, size: 11, titleMcid: 1 },
      e1: { pageIndex: 2, baseline: 690, size: 11, titleMcid: 3 },
      e2: { pageIndex: 3, baseline: 760, size: 11, titleMcid: 0 },
    });
  });

  it('looks for a title only from the start to the end of runs, so a short title is not found inside the heading', () => {
    const pages = [{ index: 0, runs: [run('Contents', 765, 0), run('Con', 730, 4)] }];
    expect(findSlots(pages, listed('Con'))).toEqual({ e0: { pageIndex: 0, baseline: 730, size: 11, titleMcid: 4 } });
  });

  it('gives two entries with one title their own rows', () => {
    const pages = [{ index: 0, runs: [run('Energy', 730, 1), run('Energy', 700, 2)] }];
    const slots = findSlots(pages, listed('Energy', 'Energy'));
    expect([slots.e0?.baseline, slots.e1?.baseline]).toEqual([730, 700]);
  });

  it('leaves out a title that is missing or drawn outside tagged content', () => {
    const pages = [{ index: 0, runs: [run('Energy', 730, null), run('Water', 700, 2)] }];
    expect(Object.keys(findSlots(pages, listed('Energy', 'Absent', 'Water')))).toEqual(['e2']);
  });
});
