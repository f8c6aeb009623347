import { describe, expect, it } from 'vitest';
import { parseQuery, tokenize, valueMatches } from '../../../renderer/src/domain/search/query.js';

describe('parseQuery', () => {
  it('folds words so accents and case do not matter', () => {
    expect(parseQuery('López  ACUERDO').terms).toEqual([
      { words: ['lopez'], phrase: false, prefix: false, field: null },
      { words: ['acuerdo'], phrase: false, prefix: false, field: null },
    ]);
  });

  it('reads quoted phrases, even when the closing quote is not typed yet', () => {
    expect(parseQuery('"customs union" tariff').terms[0]).toEqual({ words: ['customs', 'union'], phrase: true, prefix: false, field: null });
    expect(parseQuery('"grain corridor').terms).toEqual([{ words: ['grain', 'corridor'], phrase: true, prefix: false, field: null }]);
  });

  it('marks a starred word, or the word being typed, as a prefix', () => {
    expect(parseQuery('diplom* talks').terms.map((t) => t.prefix)).toEqual([true, false]);
    expect(parseQuery('talks diplom', { typing: true }).terms.map((t) => t.prefix)).toEqual([false, true]);
    expect(parseQuery('talks diplom ', { typing: true }).terms.map((t) => t.prefix)).toEqual([false, false]);
  });

  it('recognises title:, topic: and tag: fields in English and Spanish', () => {
    expect(parseQuery('title:harbour topic:"trade policy" etiqueta:urgent').terms).toEqual([
      { words: ['harbour'], phrase: false, prefix: false, field: 'title' },
      { words: ['trade', 'policy'], phrase: true, prefix: false, field: 'topic' },
      { words: ['urgent'], phrase: false, prefix: false, field: 'tag' },
    ]);
    expect(parseQuery('Título:Puerto').terms[0]?.field).toBe('title');
  });

  it('treats an unknown "word:" as plain words, and a bare field name as nothing yet', () => {
    expect(parseQuery('at 10:30').terms.map((t) => t.words)).toEqual([['at'], ['10'], ['30']]);
    expect(parseQuery('title:', { typing: true }).terms).toEqual([]);
  });

  it('splits punctuated tokens into words and ignores bare punctuation', () => {
    expect(parseQuery('U.S.-led --').terms.map((t) => t.words[0])).toEqual(['u', 's', 'led']);
  });
});

describe('tokenize and valueMatches', () => {
  it('tokenizes into folded words', () => {
    expect(tokenize('Ñandú, São-Paulo; 2024!')).toEqual(['nandu', 'sao', 'paulo', '2024']);
  });

  it('matches a field value by its words', () => {
    const [topic] = parseQuery('topic:trade').terms;
    expect(valueMatches('Trade policy', topic!)).toBe(true);
    expect(valueMatches('Tradecraft', topic!)).toBe(false);
    const [typed] = parseQuery('topic:trad', { typing: true }).terms;
    expect(valueMatches('Tradecraft', typed!)).toBe(true);
  });
});
