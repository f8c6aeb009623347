import { describe, expect, it } from 'vitest';
import { LANGUAGES, readLabelled, score } from '../../fixtures/recommendations/score.js';

describe('suggestions on the labelled candidate sentences', () => {
  const all = LANGUAGES.flatMap(readLabelled);

  it('has at least sixty labelled candidates, in English and Spanish, each found in its document', () => {
    expect(score(all).candidates).toBeGreaterThanOrEqual(60);
    for (const language of LANGUAGES) expect(readLabelled(language).length).toBeGreaterThan(2);
    for (const doc of all) {
      const markdown = doc.markdown.join('\n');
      // Schedule rows are labelled as their cells joined by " — ".
      for (const candidate of [...doc.items, ...doc.notItems]) for (const part of candidate.split(' — ')) expect(markdown).toContain(part);
    }
  });

  for (const language of [...LANGUAGES, 'both'] as const) {
    it(`keeps precision and recall at 0.9 or more (${language})`, () => {
      const result = score(language === 'both' ? all : readLabelled(language));
      expect(result.precision, JSON.stringify(result.errors, null, 1)).toBeGreaterThanOrEqual(0.9);
      expect(result.recall, JSON.stringify(result.errors, null, 1)).toBeGreaterThanOrEqual(0.9);
    });
  }
});
