// Benchmark section for checklist suggestions: precision and recall on the labelled candidate
// sentences in tests/fixtures/recommendations (a unit test holds both at 0.9 or more).
import { registerSection } from './sections.js';
import { LANGUAGES, readLabelled, score } from '../fixtures/recommendations/score.js';

registerSection('Checklist suggestions on the labelled candidates (precision and recall, target ≥ 90 %)', async (ctx) => {
  for (const language of [...LANGUAGES, 'both'] as const) {
    const result = score(language === 'both' ? LANGUAGES.flatMap(readLabelled) : readLabelled(language));
    ctx.report(`${language}: precision (${result.found} right of ${result.extracted} suggested)`, 100 * result.precision, '%');
    ctx.report(`${language}: recall (${result.found} found of ${result.expected} items, ${result.candidates} candidates)`, 100 * result.recall, '%');
  }
  return Promise.resolve();
});
