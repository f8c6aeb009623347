import { describe, expect, it } from 'vitest';
import { findPageByline, splitByline } from '../../../renderer/src/domain/text/byline.js';

describe('findPageByline', () => {
  it('reads "By" lines with a job, an outlet, a handle or a date after the name', () => {
    expect(findPageByline(['By Ana Ruiz, Senior Reporter, Harbour Desk'])).toMatchObject({ at: 0, byline: 'Ana Ruiz', publishedAt: null });
    expect(findPageByline(['Share', 'by Tom Hale @tomhale June 3, 2024: 12:41 PM ET'])).toMatchObject({ at: 1, byline: 'Tom Hale', publishedAt: '2024-06-03' });
    expect(findPageByline(['// By Lena Vogt • Nov 11, 2020'])).toMatchObject({ byline: 'Lena Vogt', publishedAt: '2020-11-11', whole: true });
    expect(findPageByline(['by Ana Ruiz22 Dec 2016651'])).toMatchObject({ byline: 'Ana Ruiz' });
  });

  it('reads a name introduced after the date: "Posted on … by …", "Publicado el … por …"', () => {
    expect(findPageByline(['Posted on June 3, 2024 by Ana Ruiz'])).toMatchObject({ byline: 'Ana Ruiz', publishedAt: '2024-06-03', labelled: true, whole: true });
    expect(findPageByline(['Publicado el 3 de junio de 2024 por Lucía de la Cruz'])).toMatchObject({ byline: 'Lucía de la Cruz', publishedAt: '2024-06-03' });
    expect(findPageByline(['The quay reopened in June 2024 by order of the board'])).toBeNull();
  });

  it('reads bylines in Spanish, French and German, names with particles and several authors', () => {
    expect(findPageByline(['Por Lucía de la Cruz'])?.byline).toBe('Lucía de la Cruz');
    expect(findPageByline(['Par Jean Morel et Claire Dubois'])?.byline).toBe('Jean Morel and Claire Dubois');
    expect(findPageByline(['Von Anna Becker'])?.byline).toBe('Anna Becker');
  });

  it('takes a bare name only when a date, time, age or reading time follows it', () => {
    expect(findPageByline(['Mira Castellan', 'December 18, 2020'])).toMatchObject({ byline: 'Mira Castellan', publishedAt: '2020-12-18' });
    expect(findPageByline(['Mira Castellan', '11 min read'])?.byline).toBe('Mira Castellan');
    expect(findPageByline(['Mira Castellan 1 day ago'])?.byline).toBe('Mira Castellan');
    expect(findPageByline(['Mira Castellan', 'Repairs to the sea wall finished early'])).toBeNull();
  });

  it('ignores sentences that merely start with "By"', () => {
    expect(findPageByline(['By reinforcing joint patrols, both coast guards aim higher.'])).toBeNull();
    expect(findPageByline(['By Monday the council had agreed on the quotas.'])).toBeNull();
  });
});

describe('splitByline', () => {
  it('keeps the names and takes the date out of a byline field, in English and Spanish', () => {
    expect(splitByline('By Ana Torres, 14 May 2026')).toEqual({ byline: 'Ana Torres', publishedAt: '2026-05-14' });
    expect(splitByline('Ana Torres, May 14, 2026')).toEqual({ byline: 'Ana Torres', publishedAt: '2026-05-14' });
    expect(splitByline('Por María López, 3 de marzo de 2026')).toEqual({ byline: 'María López', publishedAt: '2026-03-03' });
    expect(splitByline('María López, martes, 3 de marzo de 2026')).toEqual({ byline: 'María López', publishedAt: '2026-03-03' });
  });

  it('drops times, "Updated" stamps, weekdays and job titles that follow the names', () => {
    expect(splitByline('Ana Torres | Tuesday, May 14, 2026 at 10:00 AM · Updated 11:30 AM')).toEqual({ byline: 'Ana Torres', publishedAt: '2026-05-14' });
    expect(splitByline('Ana Torres, Staff Writer')).toEqual({ byline: 'Ana Torres', publishedAt: null });
    expect(splitByline('Por María López, redactora — actualizado 3 de marzo de 2026, 09:15')).toEqual({ byline: 'María López', publishedAt: '2026-03-03' });
  });

  it('leaves several authors and organisations as written', () => {
    expect(splitByline('Ana Ruiz, Tom Hale and Li Wei')).toEqual({ byline: 'Ana Ruiz, Tom Hale and Li Wei', publishedAt: null });
    expect(splitByline('Ana Ruiz, Tom Hale, and Li Wei, June 3, 2024')).toEqual({ byline: 'Ana Ruiz, Tom Hale, and Li Wei', publishedAt: '2024-06-03' });
    expect(splitByline('Lucía de la Cruz y Tomás Vega')).toEqual({ byline: 'Lucía de la Cruz y Tomás Vega', publishedAt: null });
    expect(splitByline('Harbour Desk')).toEqual({ byline: 'Harbour Desk', publishedAt: null });
    expect(splitByline('')).toEqual({ byline: '', publishedAt: null });
  });
});
