import { describe, expect, it } from 'vitest';
import { wholeWordSpan } from '../../../renderer/src/domain/anchoring/word-span.js';

const span = (text: string, from: string, length: number) => {
  const start = text.indexOf(from);
  const { start: s, end: e } = wholeWordSpan(text, start, start + length);
  return text.slice(s, e);
};

describe('wholeWordSpan', () => {
  const text = 'The envoy named Project Nightjar as the code word, said Ana Velloso at noon.';

  it('grows a drag that stopped inside a word to the whole word, at either end', () => {
    expect(span(text, 'Project Nightja', 'Project Nightja'.length)).toBe('Project Nightjar');
    expect(span(text, 'ightjar', 'ightjar'.length)).toBe('Nightjar');
    expect(span(text, 'oject Night', 'oject Night'.length)).toBe('Project Nightjar');
  });

  it('drops the spaces a drag takes at its edges, and does not reach into the next word', () => {
    expect(span(text, ' Ana Velloso ', ' Ana Velloso '.length)).toBe('Ana Velloso');
    expect(span(text, 'Ana Velloso', 'Ana Velloso'.length)).toBe('Ana Velloso');
  });

  it('keeps punctuation outside the word but words joined by hyphens or apostrophes whole', () => {
    expect(span('a well-known, l’envoyé', 'ell-kn', 6)).toBe('well-known');
    expect(span('a well-known, l’envoyé', 'envo', 4)).toBe('l’envoyé');
    expect(span('said: «Árbol» today', 'rbo', 3)).toBe('Árbol');
  });

  it('works the same in other alphabets, and leaves a blank selection empty', () => {
    expect(span('Москва и Минск', 'оскв', 4)).toBe('Москва');
    expect(wholeWordSpan('a   b', 1, 3)).toEqual({ start: 3, end: 3 });
    expect(wholeWordSpan('abc', 0, 3)).toEqual({ start: 0, end: 3 });
  });
});
