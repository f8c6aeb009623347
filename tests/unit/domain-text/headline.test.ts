import { describe, expect, it } from 'vitest';
import { articleSpan, shapeOf } from '../../../renderer/src/domain/text/article-span.js';
import { findHeadline, headlineCandidate, lastCrumb } from '../../../renderer/src/domain/text/headline.js';
import { structurePlainText } from '../../../renderer/src/domain/text/structure.js';

const PROSE = [
  'The harbour board of Kessel voted on Monday to reopen the northern quay after a winter of repairs to the sea wall and the cranes.',
  'Fishing crews had waited since November, when a storm tore away part of the wall and flooded the sheds along the quay front.',
  'Board members said the repairs came in under budget, and that the quay would take cargo again from the first week of spring.',
  'Crews on the quay welcomed the vote, though several said the new mooring fees would weigh on the smaller boats of the fleet.',
];
const MENU = ['Skip to content', 'World', 'Business', 'Weather', 'Sign in', 'Subscribe to our newsletter'];

describe('findHeadline', () => {
  it('prefers the line with a byline and date under it over teaser headlines nearer the prose', () => {
    const lines = [...MENU, 'Kessel Reopens Its Northern Quay', 'By Ana Ruiz', 'June 3, 2024', 'Most read', 'Ostrian Rail Strike Enters Its Second Week', 'Valdorian Wine Harvest Breaks Records', 'Storm Warning Issued for the Islands', ...PROSE];
    const found = findHeadline(lines);
    expect(found?.text).toBe('Kessel Reopens Its Northern Quay');
    expect(found?.confirmed).toBe(true);
  });

  it('takes a headline printed twice near the top, past a row of buttons, and calls it confirmed', () => {
    const lines = [...MENU, 'Quay repairs: what the harbour board decided', 'Sign in', 'Share on Facebook', 'Share via Email', 'Print', 'Quay repairs: what the harbour board decided', ...PROSE];
    expect(findHeadline(lines)).toMatchObject({ text: 'Quay repairs: what the harbour board decided', confirmed: true });
  });

  it('refuses a cookie notice written in sentences as the start of the article', () => {
    const notice = 'We use cookies to improve your experience. By clicking accept you agree to the storing of cookies on your device for these purposes.';
    const lines = [notice, notice.replace('improve', 'measure'), ...MENU, 'Kessel Reopens Its Northern Quay', 'Ana Ruiz', '4 min read', ...PROSE];
    expect(findHeadline(lines)?.text).toBe('Kessel Reopens Its Northern Quay');
  });

  it('takes the headline above its standfirst, not the standfirst, nor the author name above the byline', () => {
    const lines = [...MENU, 'Opinion', 'Ana Ruiz', 'Kessel reopens its quay', 'The harbour board found the money where nobody expected it to be', 'by: Ana Ruiz', 'June 3, 2024', ...PROSE];
    expect(findHeadline(lines)?.text).toBe('Kessel reopens its quay');
  });

  it('finds nothing in text with too little prose', () => {
    expect(findHeadline(['Kessel Reopens Its Quay', 'By Ana Ruiz', 'A short note.'])).toBeNull();
  });
});

describe('headline shape', () => {
  it('refuses promos, sibling links and breadcrumbs in English, Spanish, French and German', () => {
    for (const line of ['Sign up for our newsletter', 'Suscríbete al boletín', 'Abonnez-vous à notre lettre', 'Jetzt Newsletter abonnieren', 'Next story', 'Artículo siguiente', 'Create a free account today']) {
      expect(headlineCandidate(line), line).toBe(false);
    }
    expect(lastCrumb('Home > News > Story')).toBeNull();
    expect(lastCrumb('Accueil › Monde › Le port de Kessel rouvre son quai nord')).toBe('Le port de Kessel rouvre son quai nord');
  });

  it('accepts a headline that ends with an abbreviation', () => {
    expect(headlineCandidate('Burst Pipes and Cold Snaps: How Winter Hits the Quays of K.H.B.')).toBe(true);
    expect(headlineCandidate('The board voted to reopen the quay on Monday morning after repairs.')).toBe(false);
  });
});

describe('title origin', () => {
  it('marks a confirmed page headline found and a title made from the lede guessed', () => {
    expect(structurePlainText([...MENU, 'Kessel Reopens Its Northern Quay', 'By Ana Ruiz', 'June 3, 2024', ...PROSE].join('\n')).origins).toMatchObject({ title: 'found', byline: 'found', publishedAt: 'found' });
    expect(structurePlainText(PROSE.join('\n')).origins.title).toBe('guessed');
  });
});

describe('the article before the comments', () => {
  it('is not outweighed by a longer thread of comments after it', () => {
    const thread = Array.from({ length: 12 }, (_, i) => `Reader ${i + 1} wrote that the quay had been closed far too long and that the board should have acted years before the storm came.`);
    const lines = [...MENU, 'Photo Sparks a Row Over the Quay Repairs', 'By Ana Ruiz', ...PROSE, 'Comments (120)', ...thread];
    const span = articleSpan(lines.map((text) => ({ text, shape: shapeOf(text) })));
    expect(span).toMatchObject({ start: MENU.length + 2, end: MENU.length + 1 + PROSE.length });
    expect(findHeadline(lines)?.text).toBe('Photo Sparks a Row Over the Quay Repairs');
  });
});

describe('the article among short blurbs', () => {
  it('is not a menu of one-sentence blurbs, however many there are', () => {
    const blurbs = Array.from({ length: 14 }, (_, i) => [`Tide Table ${i + 1}`, `When is the water high at berth ${i + 1}?`]).flat();
    const lines = [...blurbs, 'Kessel Reopens Its Northern Quay', 'By Ana Ruiz', ...PROSE.slice(0, 3)];
    const span = articleSpan(lines.map((text) => ({ text, shape: shapeOf(text) })));
    expect(span?.start).toBe(blurbs.length + 2);
    expect(findHeadline(lines)?.text).toBe('Kessel Reopens Its Northern Quay');
  });
});
