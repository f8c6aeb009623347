import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../renderer/src/domain/text/dates.js';
import { briefMetrics, contentHash, detectLanguage, makeExcerpt, normalizeLanguageTag, readingMinutes } from '../../../renderer/src/domain/text/metadata.js';

describe('dates', () => {
  it.each([
    ['June 3, 2024', '2024-06-03'],
    ['Published Jun. 3rd 2024, 10:00', '2024-06-03'],
    ['3 June 2024', '2024-06-03'],
    ['3 de junio de 2024', '2024-06-03'],
    ['Madrid, 3 de junio del 2024', '2024-06-03'],
    ['2024-06-03', '2024-06-03'],
    ['2024-06-03T09:30:00+02:00', '2024-06-03'],
    ['Sept. 30, 2023', '2023-09-30'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('rejects impossible dates and text without one', () => {
    expect(parseDate('February 30, 2024')).toBeNull();
    expect(parseDate('2024-13-01')).toBeNull();
    expect(parseDate('The council met in May.')).toBeNull();
  });

  it('finds the earliest date in a sentence and says what it matched', () => {
    expect(findDate('Signed on 2 May 2024 and ratified on June 9, 2024.')).toEqual({ iso: '2024-05-02', text: '2 May 2024' });
  });
});

describe('language, length, excerpt, hash', () => {
  it('detects English and Spanish by stop words', () => {
    expect(detectLanguage('The council of the port met on Tuesday and agreed that the fees will rise.')).toBe('en');
    expect(detectLanguage('El consejo del puerto se reunió el martes y acordó que las tarifas van a subir para los buques.')).toBe('es');
    expect(detectLanguage('Kessel Valdoria 2024')).toBe('und');
    expect(normalizeLanguageTag('es-MX')).toBe('es');
    expect(normalizeLanguageTag('')).toBeNull();
  });

  it('counts words without Markdown syntax and estimates reading time at 230 wpm', () => {
    expect(briefMetrics('## Two words\n\n- one [link text](https://x.example)\n\n| a | b |\n| --- | --- |')).toEqual({ wordCount: 7, readingMinutes: 1 });
    expect(readingMinutes(230 * 7)).toBe(7);
    expect(readingMinutes(0)).toBe(1);
  });

  it('takes the first prose paragraph as the excerpt, cut at a word', () => {
    const long = `${'The harbour council of the fictional port met again. '.repeat(8)}`;
    const excerpt = makeExcerpt(`## Heading\n\nShort label\n\n${long}`, 120);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(121);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('hashes normalised text: case, spacing and Unicode composition do not matter, words do', async () => {
    const a = await contentHash('Canciller López  met\nthe Council');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash('canciller Lo\u0301pez met the council')).toBe(a);
    expect(await contentHash('Canciller López met the Councils')).not.toBe(a);
  });
});
