import { describe, expect, it } from 'vitest';
import { findDatePhrase, formatRelativeDue, parseDue } from '../../../renderer/src/domain/items/index.js';

describe('parseDue', () => {
  it.each([
    ['2025-06-30', '2025-06-30'],
    ['2025-02', '2025-02-28'],
    ['June 30, 2025', '2025-06-30'],
    ['30 June 2025', '2025-06-30'],
    ['30 de junio de 2025', '2025-06-30'],
    ['Q3 2024', '2024-09-30'],
    ['2025-Q1', '2025-03-31'],
    ['T4 2024', '2024-12-31'],
    ['third quarter of 2024', '2024-09-30'],
    ['tercer trimestre de 2024', '2024-09-30'],
    ['H1 2025', '2025-06-30'],
    ['primer semestre de 2026', '2026-06-30'],
    ['2025', '2025-12-31'],
    ['March 2025', '2025-03-31'],
    ['febrero de 2024', '2024-02-29'],
    ['by the end of 2025', '2025-12-31'],
    ['30/06/2025', '2025-06-30'],
    ['06/30/2025', '2025-06-30'],
  ])('%s → %s', (input, expected) => {
    expect(parseDue(input)).toBe(expected);
  });

  it.each(['05/06/2025', 'Q5 2024', 'February 30, 2025', 'soon', 'Ongoing', '', '2025-13-01'])('%s is not a date', (input) => {
    expect(parseDue(input)).toBeNull();
  });
});

describe('findDatePhrase', () => {
  it('keeps the words of a date after "by" or "antes de", as written, and ignores sentences without one', () => {
    expect(findDatePhrase('Publish the register by June 30, 2025.')).toBe('June 30, 2025');
    expect(findDatePhrase('Firmar el protocolo antes de marzo de 2025.')).toBe('marzo de 2025');
    expect(findDatePhrase('Due to the closures, crews stayed in port.')).toBeNull();
    // The phrase reads back as the date it names, for "Use source date".
    expect(parseDue(findDatePhrase('Publish the register by June 30, 2025.') ?? '')).toBe('2025-06-30');
  });
});

describe('formatRelativeDue', () => {
  const now = new Date(2025, 5, 1, 15, 30); // 1 June 2025, local time

  it('says how far away a due date is, in English', () => {
    expect(formatRelativeDue('2025-06-01', now, 'en')).toBe('due today');
    expect(formatRelativeDue('2025-06-02', now, 'en')).toBe('due tomorrow');
    expect(formatRelativeDue('2025-06-22', now, 'en')).toBe('due in 3 weeks');
    expect(formatRelativeDue('2025-05-30', now, 'en')).toBe('overdue by 2 days');
    expect(formatRelativeDue('2025-03-01', now, 'en')).toBe('overdue by 3 months');
  });

  it('and in Spanish', () => {
    expect(formatRelativeDue('2025-06-02', now, 'es')).toBe('vence mañana');
    expect(formatRelativeDue('2025-06-22', now, 'es')).toBe('vence dentro de 3 semanas');
    expect(formatRelativeDue('2025-05-30', now, 'es')).toBe('venció anteayer');
    expect(formatRelativeDue('2025-05-27', now, 'es')).toBe('venció hace 5 días');
  });
});
