import { describe, expect, it } from 'vitest';
import { MERGE_THRESHOLD, closestFromOtherBriefs, mergeItems, proposeMerges, similarity } from '../../../renderer/src/domain/items/index.js';
import type { ChecklistItem } from '../../../renderer/src/domain/types.js';
import { item } from './fixtures.js';

describe('similarity', () => {
  it.each([
    ['Expand intelligence sharing to fight organized crime.', 'The two governments should share intelligence on organized crime networks.'],
    ['Enhancing intelligence-sharing mechanisms to combat cross-border organized crime.', 'Share intelligence against organized crime.'],
    ['Ampliar el intercambio de inteligencia para combatir el crimen organizado.', 'Expand intelligence sharing to fight organized crime.'],
    ['Modernize customs procedures at the border crossings.', 'Customs procedures at border crossings should be modernized.'],
  ])('merges "%s" with "%s"', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it.each([
    ['Expand intelligence sharing to fight organized crime.', 'Launch joint renewable energy pilot projects.'],
    ['Share intelligence on cybersecurity threats.', 'Share intelligence against organized crime.'],
    ['Strengthen border security cooperation.', 'Strengthen trade cooperation.'],
    ['Publish monthly waiting-time figures for every crossing.', 'Train two hundred customs officers in the joint inspection procedure.'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(similarity(a, b)).toBeLessThan(MERGE_THRESHOLD);
  });

  it('is symmetric, 1 for the same text and 0 for empty text', () => {
    const a = 'Share intelligence against organized crime.';
    const b = 'Expand intelligence sharing to fight organized crime.';
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 10);
    expect(similarity(a, a)).toBe(1);
    expect(similarity('', a)).toBe(0);
  });
});

describe('proposeMerges', () => {
  it('groups the same recommendation across briefs, never within one brief', () => {
    const proposals = proposeMerges([
      { id: 'a1', text: 'Expand intelligence sharing to fight organized crime.', briefIds: ['A'] },
      { id: 'a2', text: 'Share intelligence against organized crime networks.', briefIds: ['A'] },
      { id: 'b1', text: 'The two governments should share intelligence on organized crime.', briefIds: ['B'] },
      { id: 'c1', text: 'Launch joint renewable energy pilot projects.', briefIds: ['C'] },
      { id: 'd1', text: 'Develop binational renewable energy pilot projects.', briefIds: ['D'] },
    ]);
    expect(proposals.map((p) => p.ids)).toEqual([['c1', 'd1'], ['a1', 'b1']]);
    for (const p of proposals) expect(p.score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });
});

describe('closestFromOtherBriefs', () => {
  const target = { id: 't', text: 'Share intelligence on organized crime along the border.', briefIds: ['A'] };
  const items = [
    target,
    { id: 'same-brief', text: 'Share intelligence on organized crime along the border.', briefIds: ['A'] },
    { id: 'weaker', text: 'Share intelligence on organized crime with the ports.', briefIds: ['C'] },
    { id: 'best', text: 'Intelligence sharing against organized crime at the border.', briefIds: ['B'] },
    { id: 'far', text: 'Publish the ferry timetable.', briefIds: ['D'] },
  ];

  it('finds the most similar item from another brief, never one from the same brief', () => {
    expect(similarity(target.text, items[2]!.text)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(closestFromOtherBriefs(target, items)?.id).toBe('best');
  });

  it('finds nothing below the merge threshold', () => {
    expect(closestFromOtherBriefs(target, [target, items[4]!])).toBeUndefined();
  });
});

describe('mergeItems', () => {
  const a = item({ id: 'a', text: 'Expand intelligence sharing to fight organized crime.', briefIds: ['A'], notes: 'From the summit brief.' });
  const b = item({ id: 'b', text: 'Share intelligence on organized crime.', briefIds: ['B'], due: '2025-06-30', priority: 'high', owner: 'Ana' });
  const c = item({ id: 'c', text: 'Intelligence sharing against organized crime.', briefIds: ['C', 'A'], due: '2025-03-31', notes: 'Urgent.' });

  it('keeps the first item and cites every source passage and brief', () => {
    const { merged, removedIds } = mergeItems([a, b, c], 5_000, 'lead');
    expect(merged.id).toBe('a');
    expect(merged.text).toBe(a.text);
    expect(merged.sources).toEqual([...a.sources, ...b.sources, ...c.sources]);
    expect(merged.briefIds).toEqual(['A', 'B', 'C']);
    expect(merged.due).toBe('2025-03-31');
    expect(merged.priority).toBe('high');
    expect(merged.owner).toBe('Ana');
    expect(merged.notes).toBe('From the summit brief.\n\nUrgent.');
    expect(merged.history.at(-1)).toEqual({ at: 5_000, by: 'lead', from: 'open', to: 'open' });
    expect(merged.updatedAt).toBe(5_000);
    expect(removedIds).toEqual(['b', 'c']);
  });

  it('undoes exactly: restoring the originals brings the store back', () => {
    const store = new Map<string, ChecklistItem>([a, b, c].map((i) => [i.id, i]));
    const before = structuredClone([...store.values()]);
    const { merged, removedIds, undo } = mergeItems([a, b, c], 5_000, 'lead');
    store.set(merged.id, merged);
    for (const id of removedIds) store.delete(id);
    expect([...store.keys()]).toEqual(['a']);
    for (const original of undo.restore) store.set(original.id, original);
    expect(undo.mergedId).toBe('a');
    expect([...store.values()]).toEqual(before);
  });

  it('refuses to merge fewer than two items', () => {
    expect(() => mergeItems([a], 5_000, 'lead')).toThrow();
  });
});
