// Re-tagging storage on a fresh database: chunks in id order, and each chunk writes every brief's
// topics together with their evidence.
import { describe, expect, it } from 'vitest';
import { topicTagsRepository } from '../../../renderer/src/data/topic-tags.js';
import { brief, freshDb } from '../backup/library-fixture.js';

describe('retagChunk', () => {
  it('re-tags one chunk after the given id and says where the next one starts', async () => {
    const database = freshDb();
    const { retagChunk } = topicTagsRepository(database);
    await database.briefs.bulkAdd([1, 2, 3].map((i) => brief(i)));
    const tagged: string[] = [];
    const first = await retagChunk('', 2, (b) => (tagged.push(b.id), [{ topic: 'energy', terms: [b.id] }]));
    expect(first).toEqual({ count: 2, last: 'brief-2' });
    expect(tagged).toEqual(['brief-1', 'brief-2']);
    expect(await database.briefs.get('brief-2')).toMatchObject({ topics: ['energy'], topicEvidence: [{ topic: 'energy', terms: ['brief-2'] }] });
    expect(await database.briefs.get('brief-3')).toMatchObject({ topics: ['trade'] });

    const rest = await retagChunk(first.last, 2, () => []);
    expect(rest).toEqual({ count: 1, last: 'brief-3' });
    expect(await database.briefs.get('brief-3')).toMatchObject({ topics: [], topicEvidence: [] });
    expect(await retagChunk(rest.last, 2, () => [])).toEqual({ count: 0, last: 'brief-3' });
  });
});
