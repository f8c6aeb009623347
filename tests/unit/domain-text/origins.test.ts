// Which citation fields an import read from the file and which it guessed, and that a backup
// carrying them (or not, from before they existed) is accepted while a bad value is refused.
import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../../renderer/src/domain/backup/records.js';
import { buildDraft, draftOrigins, type ExtractedDocument } from '../../../renderer/src/domain/text/draft.js';
import { brief } from '../backup/library-fixture.js';

const doc = (over: Partial<ExtractedDocument> = {}): ExtractedDocument => ({
  title: 'Kessel Reopens Its Quay', subtitle: '', byline: 'Ana Ruiz', markdown: 'The harbour board of Kessel voted to reopen the quay on Monday after repairs.',
  sourceName: 'Harbour Gazette', url: 'https://example.invalid/quay', publishedAt: '2024-06-03', ...over,
});

describe('draft origins', () => {
  it('counts what an extractor filled without saying as found, and keeps what it said', () => {
    expect(draftOrigins(doc(), false)).toEqual({ title: 'found', byline: 'found', publishedAt: 'found', source: 'found', url: 'found' });
    expect(draftOrigins(doc({ origins: { title: 'guessed', byline: 'guessed' } }), false)).toMatchObject({ title: 'guessed', byline: 'guessed', source: 'found' });
  });

  it('calls a source that is only the URL\'s host name guessed', () => {
    expect(draftOrigins(doc({ sourceName: 'example.invalid', url: 'https://www.example.invalid/quay' }), false).source).toBe('guessed');
  });

  it('leaves out fields the file does not give, and guesses a title taken from the file name', async () => {
    const draft = await buildDraft(doc({ title: '', byline: '', sourceName: '', url: '', publishedAt: null }), 'quay-notes.txt');
    expect(draft.title).toBe('quay notes');
    expect(draft.origins).toEqual({ title: 'guessed' });
  });
});

describe('origins in a backup', () => {
  it('accepts a brief with origins and one without (imported before they existed)', () => {
    expect(briefSchema.safeParse(brief(1, { origins: { title: 'guessed', byline: 'found' } })).success).toBe(true);
    expect(briefSchema.safeParse(brief(2)).success).toBe(true);
  });

  it('refuses an unknown origin value or an unknown field', () => {
    expect(briefSchema.safeParse({ ...brief(3), origins: { title: 'maybe' } }).success).toBe(false);
    expect(briefSchema.safeParse({ ...brief(4), origins: { colour: 'found' } }).success).toBe(false);
  });
});
