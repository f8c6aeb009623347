import { describe, expect, it } from 'vitest';
import { markingBand, wrappedLines } from '../../../renderer/src/domain/book/band.js';

describe('wrappedLines', () => {
  it('counts one line for short text and more as words overflow', () => {
    expect(wrappedLines('UNCLASSIFIED', 170, 8)).toBe(1);
    expect(wrappedLines(Array.from({ length: 40 }, () => 'CONFIDENTIAL').join(' '), 170, 8)).toBeGreaterThan(4);
  });

  it('breaks a word longer than the line', () => {
    expect(wrappedLines('X'.repeat(300), 170, 8)).toBeGreaterThanOrEqual(3);
  });

  it('counts explicit line breaks', () => {
    expect(wrappedLines('A\nB\nC', 170, 8)).toBe(3);
  });
});

describe('markingBand', () => {
  it('keeps the usual margins for no marking and for a short one', () => {
    expect(markingBand('', 'A4')).toMatchObject({ topMm: 20, bottomMm: 20, headerLines: 0, fontPt: 8 });
    expect(markingBand('SENSITIVE BUT UNCLASSIFIED', 'A4')).toMatchObject({ topMm: 20, bottomMm: 20, headerLines: 1 });
  });

  it('grows the bands with a long marking and shrinks its type first', () => {
    const long = `SECRET//REL TO ${Array.from({ length: 30 }, (_, i) => `PARTNER${i}`).join(', ')} — HANDLE VIA CHANNELS ONLY`;
    const band = markingBand(long, 'A4');
    expect(band.fontPt).toBeLessThan(8);
    expect(band.headerLines).toBeGreaterThan(2);
    expect(band.topMm).toBeGreaterThan(20);
    // The footer column is narrower (the page label sits beside it), so it needs at least as much.
    expect(band.bottomMm).toBeGreaterThanOrEqual(band.topMm);
    const longer = markingBand(`${long} ${long}`, 'A4');
    expect(longer.topMm).toBeGreaterThan(band.topMm);
  });
});
