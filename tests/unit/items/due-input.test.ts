import { describe, expect, it } from 'vitest';
import { readDueInput } from '../../../renderer/src/domain/items/due-input.js';

// Tuesday 1 December 2026, mid-morning local time.
const NOW = new Date(2026, 11, 1, 10, 0, 0);

describe('readDueInput', () => {
  it.each([
    ['2026-07-01', '2026-07-01'],
    ['Q3 2026', '2026-09-30'],
    ['end of June', '2027-06-30'],
    ['fin de junio', '2027-06-30'],
    ['December', '2026-12-31'],
    ['next friday', '2026-12-11'],
    ['by next Friday', '2026-12-11'],
    ['el próximo viernes', '2026-12-04'],
    ['próximo martes', '2026-12-08'],
    ['el próximo miércoles', '2026-12-02'],
    ['tomorrow', '2026-12-02'],
    ['mañana', '2026-12-02'],
    ['in two weeks', '2026-12-15'],
    ['dentro de dos semanas', '2026-12-15'],
    ['30 de junio de 2027', '2027-06-30'],
    ['June 30, 2027', '2027-06-30'],
  ])('reads %j as %s', (input, expected) => {
    expect(readDueInput(input, NOW)).toBe(expected);
  });

  it.each(['', '   ', 'soon', 'whenever the minister agrees', 'next friday or so', '05/06/2027', 'Q5 2026'])('leaves %j unread', (input) => {
    expect(readDueInput(input, NOW)).toBeNull();
  });
});
