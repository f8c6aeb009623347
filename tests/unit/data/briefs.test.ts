// The briefs repository on a fresh database per test: storing an import (new, duplicate, newer
// version), the library's reads and the small writes the reader makes.
import { describe, expect, it } from 'vitest';
import { briefsRepository } from '../../../renderer/src/data/briefs.js';
import { itemsRepository } from '../../../renderer/src/data/items.js';
import type { BriefDraft } from '../../../renderer/src/domain/import.js';
import type { TopicSuggestion } from '../../../renderer/src/domain/items/new-suggestions.js';
import { brief, fill, freshDb } from '../backup/library-fixture.js';

const NOW = 1_750_000_000_000;

function draft(over: Partial<BriefDraft> = {}): BriefDraft {
  return {
    title: 'Harbour dues in Imaginaria',
    subtitle: '',
    byline: 'Office of Invented Ports',
    source: { name: 'Invented Gazette', url: 'https://example.invalid/dues', publishedAt: '2025-04-01' },
    origins: {},
    markdown: '# Harbour dues\n\nThe office should publish the dues.',
    contentHash: 'hash-a',
    language: 'en',
    wordCount: 8,
    excerpt: 'Harbour dues',
    topics: ['trade'],
    topicEvidence: [{ topic: 'trade', terms: ['harbour'] }],
    removedLines: [],
    fileName: 'dues.md',
    ...over,
  };
}

function suggestion(text: string, start: number): TopicSuggestion {
  return { text, selector: { quote: { exact: text, prefix: '', suffix: '' }, position: { start, end: start + text.length } }, sourceDate: null, reason: 'section', topic: 'trade' };
}

const TEXT = 'Harbour dues\nThe office should publish the dues.';

describe('storeImportedBrief', () => {
  it('stores a new brief with its text and its suggestions as suggested items', async () => {
    const database = freshDb();
    const briefs = briefsRepository(database);
    const outcome = await briefs.storeImportedBrief({ draft: draft(), text: TEXT, suggestions: [suggestion('The office should publish the dues.', 13)] }, 'A. Tester', NOW);
    expect(outcome).toMatchObject({ status: 'imported', suggestions: 1, brief: { title: 'Harbour dues in Imaginaria', importedAt: NOW, readState: 'unread' } });
    expect((await briefs.getBrief(outcome.brief.id))?.markdown).toBe(draft().markdown);
    const [item] = await database.recommendations.toArray();
    expect(item).toMatchObject({ briefIds: [outcome.brief.id], status: 'suggested', topic: 'trade', history: [{ by: 'A. Tester', to: 'suggested' }] });
  });

  it('calls identical content a duplicate and stores nothing', async () => {
    const database = freshDb();
    const briefs = briefsRepository(database);
    const first = await briefs.storeImportedBrief({ draft: draft(), text: TEXT, suggestions: [] }, '', NOW);
    const again = await briefs.storeImportedBrief({ draft: draft({ title: 'Another title' }), text: TEXT, suggestions: [suggestion('Publish.', 0)] }, '', NOW + 1);
    expect(again).toEqual({ status: 'duplicate', brief: first.brief });
    expect(await database.briefs.count()).toBe(1);
    expect(await database.recommendations.count()).toBe(0);
  });

  it('updates an earlier version in place and adds only suggestions not already decided', async () => {
    const database = freshDb();
    const briefs = briefsRepository(database);
    const items = itemsRepository(database);
    const first = await briefs.storeImportedBrief({ draft: draft(), text: TEXT, suggestions: [suggestion('The office should publish the dues.', 13)] }, '', NOW);
    const [accepted] = await items.listOpenSuggestions();
    await items.setItemStatus(accepted!.id, 'open', 'A. Tester', NOW + 1);

    const newer = draft({ contentHash: 'hash-b', markdown: '# Harbour dues\n\nThe office should publish the dues. The port must open a desk.' });
    const text = `${TEXT} The port must open a desk.`;
    const outcome = await briefs.storeImportedBrief(
      { draft: newer, text, suggestions: [suggestion('The office should publish the dues!', 13), suggestion('The port must open a desk.', 50)] },
      '',
      NOW + 2,
    );
    expect(outcome).toMatchObject({ status: 'updated', suggestions: 1, brief: { id: first.brief.id, revision: 1, contentHash: 'hash-b' } });
    expect(await database.briefs.count()).toBe(1);
    expect((await items.itemsForBrief(first.brief.id)).map((i) => [i.text, i.status])).toEqual([
      ['The office should publish the dues.', 'open'],
      ['The port must open a desk.', 'suggested'],
    ]);
  });

  it('stores nothing when the transaction fails part way', async () => {
    const database = freshDb();
    const briefs = briefsRepository(database);
    // A suggestion without text fails as its item is made, after the brief was written.
    const broken = { draft: draft(), text: TEXT, suggestions: [{ ...suggestion('Publish.', 0), text: undefined as never }] };
    await expect(briefs.storeImportedBrief(broken, '', NOW)).rejects.toThrow();
    expect(await database.briefs.count()).toBe(0);
    expect(await database.bodies.count()).toBe(0);
  });
});

describe('brief reads and writes', () => {
  it('lists live briefs in the chosen order, without the trashed', async () => {
    const database = freshDb();
    await fill(database, { briefs: [brief(1), brief(2, { title: 'A first title' }), brief(3, { deletedAt: NOW })], annotations: [], recommendations: [], books: [], settings: [] });
    const briefs = briefsRepository(database);
    expect((await briefs.listBriefs('imported')).map((b) => b.id)).toEqual(['brief-2', 'brief-1']);
    expect((await briefs.listBriefs('title')).map((b) => b.id)).toEqual(['brief-2', 'brief-1']);
    expect((await briefs.listBriefs('imported', 1, 1)).map((b) => b.id)).toEqual(['brief-1']);
    expect(await briefs.briefTitles()).toEqual({ 'brief-1': 'Fictional harbour memo 1', 'brief-2': 'A first title', 'brief-3': 'Fictional harbour memo 3' });
    expect(await briefs.findLiveBriefByHash('hash-3')).toBeUndefined();
    expect((await briefs.findLiveBriefByHash('hash-1'))?.id).toBe('brief-1');
  });

  it('reads a brief whole, its record alone or its text alone, and keeps read state and progress', async () => {
    const database = freshDb();
    await fill(database, { briefs: [brief(1)], annotations: [], recommendations: [], books: [], settings: [] });
    const briefs = briefsRepository(database);
    expect((await briefs.getBrief('brief-1'))?.markdown).toBe(brief(1).markdown);
    expect(await briefs.getBriefRecord('brief-1')).not.toHaveProperty('markdown');
    expect((await briefs.getBriefBody('brief-1'))?.join('')).toBe(brief(1).markdown);
    expect(await briefs.getBriefBody('missing')).toBeUndefined();

    await briefs.setReadState('brief-1', 'read');
    await briefs.setReadProgress('brief-1', 0.5);
    await briefs.updateBrief('brief-1', { tags: ['urgent'] });
    expect(await briefs.getBriefRecord('brief-1')).toMatchObject({ readState: 'read', readProgress: 0.5, tags: ['urgent'] });
  });
});
