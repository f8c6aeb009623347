import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../renderer/src/domain/text/dates.js';

describe('dates', () => {
  it('reads French and German month names and "30. April" day forms', () => {
    expect(parseDate('AFP 30 avril 2015 à 07:19')).toBe('2015-04-30');
    expect(parseDate('le 3 février 2021')).toBe('2021-02-03');
    expect(parseDate('Veröffentlicht am 30. April 2015')).toBe('2015-04-30');
    expect(parseDate('1. März 2020')).toBe('2020-03-01');
  });

  it('reads a month name between numbers, and "the 3rd of June"', () => {
    expect(parseDate('21.dez.2018 às 12h55')).toBe('2018-12-21');
    expect(parseDate('Filed 03-Jun-2024')).toBe('2024-06-03');
    expect(parseDate('Posted on the 3rd of June 2024')).toBe('2024-06-03');
    expect(parseDate('Publicado el martes 3 de junio de 2024')).toBe('2024-06-03');
  });

  it('reads abbreviated English months with a full stop', () => {
    expect(parseDate('Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024')).toBe('2024-12-06');
  });

  it('reads numeric dates only when the order is certain', () => {
    expect(parseDate('On 6/13/2018 by the editors')).toBe('2018-06-13');
    expect(parseDate('13.06.2018')).toBe('2018-06-13');
    expect(parseDate('6/7/2018')).toBeNull();
    expect(findDate('version 1.2.2018 notes')).toBeNull();
  });
});
