import { describe, expect, it } from 'vitest';
import { cleanMarkdown, junkReason } from '../../../renderer/src/domain/text/cleanup.js';
import { setLanguage } from '../../../renderer/src/ui/i18n/index.js';
import { removalReasonLabel } from '../../../renderer/src/ui/features/reader/removal-reason.js';

const P1 = 'The fictional council of Valdoria approved the harbour budget on Tuesday after a long debate in the chamber.';
const P2 = 'Members from the coastal districts said the new dredging plan would keep the northern channel open all year.';
const HEADLINES = ['Rail Strike Ends in Marrow After Two Weeks', 'Harbour Festival Returns to Kessel', 'Central Bank Holds Rates Steady Amid Slow Growth'];

/** Every reason the clean-up gives, produced by running it, not copied from its source. */
function producedReasons(): Set<string> {
  const lines = ['Share', 'Facebook Twitter Email', 'Home » World » Europe', 'Page 3 of 12', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.'];
  const cleaned = [
    cleanMarkdown(`Dredger at work in the channel\n\nDredger at work in the channel\n\n${P1}\n\n${P2}\n\n${P1}`),
    cleanMarkdown(`# Harbour Budget Approved\n\n${P1}`, { title: 'Harbour budget approved' }),
    cleanMarkdown([P1, P2, ...HEADLINES].join('\n\n')),
  ];
  return new Set([...lines.map((l) => junkReason(l)!), ...cleaned.flatMap((c) => c.removed.map((r) => r.reason))]);
}

describe('removal reasons', () => {
  it('are shown in Spanish in the Spanish UI, every one the clean-up gives', () => {
    // Node has no document: setLanguage sets <html lang>, so give it one to write to.
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLanguage('es');
    const reasons = producedReasons();
    expect(reasons.size).toBe(9);
    for (const reason of reasons) expect(removalReasonLabel(reason), reason).not.toBe(reason);
    expect(removalReasonLabel('repeats line 5')).toBe('repite la línea 5');
    setLanguage('en');
    for (const reason of reasons) expect(removalReasonLabel(reason)).toBe(reason);
  });
});
