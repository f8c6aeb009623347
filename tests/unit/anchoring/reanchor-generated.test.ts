// Generated re-anchoring suite: annotations on original fixture briefs, random nearby edits,
// and a ground truth that follows the annotated text through every edit.
//
// "Right text": when no edit touched the annotated characters, the anchor must equal the true
// range exactly; otherwise it must overlap the true range by at least 50 % of both ranges.
// Anything else that is placed is "wrong". When the annotated text was deleted outright, the
// only right answer is an orphan.
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../renderer/src/domain/anchoring/index.js';
import { readFixture, renderedText } from '../../fixtures/domain/rendered-text.js';
import { applyEdit, mapRange, outside, randomEdit, type Edit, type Range } from './edit-model.js';
import { prng } from '../../support/prng.js';

const FIXTURES = ['harbour-accord.md', 'river-commission.md', 'consular-summit-es.md', 'corridor-brief.md'];
const ANNOTATIONS = 1200;
const DELETIONS = 120;

const texts = FIXTURES.map((f) => renderedText(readFixture(f)));

/** A word-aligned span: mostly phrases and sentences, some single words. */
function randomSpan(text: string, rand: () => number): Range {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const r = rand();
  const count = r < 0.15 ? 1 : r < 0.25 ? 2 : r < 0.7 ? 3 + Math.floor(rand() * 6) : 9 + Math.floor(rand() * 17);
  const first = Math.floor(rand() * (words.length - count));
  return { start: words[first]?.start ?? 0, end: words[first + count - 1]?.end ?? 0 };
}

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

describe('re-anchoring after random nearby edits (generated, seeded)', () => {
  it('places ≥ 99 % on the right text, none on wrong text, orphans the rest', () => {
    const rand = prng(20240917);
    const tally = { right: 0, wrong: 0, orphan: 0, exactAfterOutsideEdits: 0 };
    const failures: string[] = [];
    for (let n = 0; n < ANNOTATIONS; n++) {
      let text = texts[n % texts.length] ?? '';
      const original = randomSpan(text, rand);
      const selector = describeRange(text, original.start, original.end);
      let truth = original;
      let touched = false;
      let budget = Math.floor(0.2 * (original.end - original.start));
      const edits: Edit[] = [];
      for (let k = 1 + Math.floor(rand() * 3); k > 0; ) {
        const edit = randomEdit({ text, range: truth, budget, rand });
        if (!edit) continue;
        if (!outside(truth, edit)) {
          touched = true;
          budget -= edit.del + edit.ins.length;
        }
        text = applyEdit(text, edit);
        truth = mapRange(truth, edit);
        edits.push(edit);
        k--;
      }
      const result = anchor(text, selector);
      if (result.status === 'orphan') {
        tally.orphan++;
        continue;
      }
      const got = { start: result.start, end: result.end };
      const ov = overlap(got, truth);
      const right = touched
        ? ov >= 0.5 * (truth.end - truth.start) && ov >= 0.5 * (got.end - got.start)
        : got.start === truth.start && got.end === truth.end;
      if (right) tally.right++;
      else {
        tally.wrong++;
        failures.push(`${JSON.stringify(selector.quote.exact)} → ${JSON.stringify(text.slice(got.start, got.end))} via ${edits.map((e) => e.kind).join(',')}`);
      }
      if (!touched && right) tally.exactAfterOutsideEdits++;
    }
    const rate = tally.right / ANNOTATIONS;
    console.log(
      `re-anchoring: ${ANNOTATIONS} annotations → right ${tally.right} (${(rate * 100).toFixed(2)} %), ` +
        `wrong ${tally.wrong}, orphaned ${tally.orphan}`,
    );
    expect(failures).toEqual([]);
    expect(tally.wrong).toBe(0);
    expect(rate).toBeGreaterThanOrEqual(0.99);
    expect(tally.right + tally.orphan).toBe(ANNOTATIONS);
  });

  it('orphans every annotation whose text was deleted outright', () => {
    const rand = prng(77);
    let placed = 0;
    for (let n = 0; n < DELETIONS; n++) {
      const text = texts[n % texts.length] ?? '';
      const span = randomSpan(text, rand);
      const selector = describeRange(text, span.start, span.end);
      // Delete the span together with a little of its context, as when a sentence is cut.
      const from = Math.max(0, span.start - 10);
      const edited = text.slice(0, from) + text.slice(span.end + 10);
      const result = anchor(edited, selector);
      if (result.status !== 'orphan' && edited.slice(result.start, result.end) !== selector.quote.exact) placed++;
    }
    console.log(`deleted quotes: ${DELETIONS} annotations → placed on other text ${placed}`);
    expect(placed).toBe(0);
  });
});
