import { describe, expect, it } from 'vitest';
import { stackMarginNotes } from '../../../renderer/src/ui/features/reader/margin-stack.js';

const overlaps = (tops: number[], heights: number[]) => tops.some((t, i) => i > 0 && t < (tops[i - 1] ?? 0) + (heights[i - 1] ?? 0));

describe('stackMarginNotes', () => {
  it('leaves notes level with their highlights when they have room', () => {
    expect(stackMarginNotes([{ wanted: 10, height: 40 }, { wanted: 200, height: 40 }, { wanted: 500, height: 90 }])).toEqual([10, 200, 500]);
  });

  it('pushes a note down below the one before it when their highlights are close', () => {
    const heights = [120, 60, 60];
    const tops = stackMarginNotes([{ wanted: 0, height: 120 }, { wanted: 20, height: 60 }, { wanted: 30, height: 60 }], -1, 8);
    expect(tops).toEqual([0, 128, 196]);
    expect(overlaps(tops, heights)).toBe(false);
  });

  it('keeps the active note beside its highlight and moves the earlier ones up to make room', () => {
    const notes = [{ wanted: 100, height: 50 }, { wanted: 130, height: 50 }, { wanted: 160, height: 50 }];
    const tops = stackMarginNotes(notes, 2, 10);
    expect(tops[2]).toBe(160);
    expect(tops).toEqual([40, 100, 160]);
  });

  it('never puts a note above the margin: when there is no room above, the stack goes down', () => {
    const notes = [{ wanted: 5, height: 80 }, { wanted: 10, height: 80 }];
    const tops = stackMarginNotes(notes, 1, 8);
    expect(tops[0]).toBe(0);
    expect(tops[1]).toBe(88);
  });

  it('holds for many random notes: none overlaps and none is above its wanted place unless pushed', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round++) {
      const notes = Array.from({ length: 30 }, () => ({ wanted: 0, height: 20 + Math.floor(rand() * 100) }));
      let y = 0;
      for (const n of notes) n.wanted = y += Math.floor(rand() * 80);
      const active = Math.floor(rand() * notes.length);
      const tops = stackMarginNotes(notes, active, 8);
      expect(overlaps(tops, notes.map((n) => n.height))).toBe(false);
      expect(Math.min(...tops)).toBeGreaterThanOrEqual(0);
    }
  });

  it('has nothing to place for no notes', () => {
    expect(stackMarginNotes([])).toEqual([]);
  });
});
