import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../renderer/src/domain/anchoring/index.js';
import { inboxGroups, passageAround } from '../../../renderer/src/domain/items/inbox.js';
import { item } from './fixtures.js';

const TEXT =
  'The talks ran late into the night. Both sides agreed on a plan. Officials should open a joint office at the ferry port. ' +
  'The office would handle permits and complaints. Its staff would come from both ministries, in equal numbers, under a rotating head.';

function at(id: string, briefId: string, quote: string, text = TEXT) {
  const start = text.indexOf(quote);
  const selector = describeRange(text, start, start + quote.length);
  return item({ id, text: quote, briefIds: [briefId], selector, sources: [{ briefId, selector }], status: 'suggested' });
}

describe('inboxGroups', () => {
  it('groups by brief in the library order, each brief in the order of its passages', () => {
    const items = [at('b2', 'beta', 'Both sides agreed'), at('a2', 'alpha', 'handle permits'), at('b1', 'beta', 'The talks'), at('a1', 'alpha', 'joint office')];
    const groups = inboxGroups(items, ['beta', 'alpha']);
    expect(groups.map((g) => [g.briefId, g.items.map((i) => i.id)])).toEqual([
      ['beta', ['b1', 'b2']],
      ['alpha', ['a1', 'a2']],
    ]);
  });

  it('puts briefs the order does not know last', () => {
    const groups = inboxGroups([at('x', 'gone', 'The talks'), at('a', 'alpha', 'The talks')], ['alpha']);
    expect(groups.map((g) => g.briefId)).toEqual(['alpha', 'gone']);
  });
});

describe('passageAround', () => {
  const suggestion = at('s', 'alpha', 'Officials should open a joint office at the ferry port.');

  it("shows the brief's sentences around the passage", () => {
    expect(passageAround(suggestion, TEXT)).toEqual({
      before: 'The talks ran late into the night. Both sides agreed on a plan.',
      quote: 'Officials should open a joint office at the ferry port.',
      after: 'The office would handle permits and complaints. Its staff would come from both ministries, in equal numbers, under a rotating head.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('keeps to the paragraph, with the lead-in before a list, and leaves headings and other paragraphs out', () => {
    const text = 'Background\n\nThe port is busy.\n\nThe talks named these steps:\n\nOpen a joint office at the port.\nTrain the staff.\n\nNext heading';
    const step = at('s', 'alpha', 'Open a joint office at the port.', text);
    expect(passageAround(step, text)).toMatchObject({ before: 'The talks named these steps:', after: 'Train the staff.', clippedBefore: false, clippedAfter: false });
  });

  it('cuts long context back to whole sentences', () => {
    const long = `${'Filler words run on here. '.repeat(20)}${TEXT}${' More filler follows after it.'.repeat(20)}`;
    const { before, after, clippedBefore, clippedAfter } = passageAround(at('s', 'alpha', 'Officials should open a joint office at the ferry port.', long), long);
    expect([clippedBefore, clippedAfter]).toEqual([true, true]);
    expect(before).toMatch(/^[A-Z].*\.$/u);
    expect(after).toMatch(/^[A-Z].*\.$/u);
    expect(before.length).toBeLessThanOrEqual(220);
  });

  it("falls back to the selector's own context, without broken words", () => {
    const { before, quote, after } = passageAround(suggestion);
    expect(quote).toBe('Officials should open a joint office at the ferry port.');
    expect(TEXT).toContain(before);
    expect(TEXT).toContain(after);
    expect(`${before} ${quote} ${after}`.split(' ').every((w) => TEXT.split(/\s+/u).includes(w))).toBe(true);
  });
});
