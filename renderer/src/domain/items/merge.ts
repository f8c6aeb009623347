// Merging checklist items that make the same recommendation in different briefs.
import type { Priority, ChecklistItem } from '../types.js';
import { MERGE_THRESHOLD, profile, profileSimilarity, type Profile } from './similarity.js';

export interface MergeCandidate {
  id: string;
  text: string;
  briefIds: string[];
}

export interface MergeProposal {
  ids: string[];
  /** The lowest pairwise similarity inside the group. */
  score: number;
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => ![...a].some((x) => b.has(x));

/**
 * Groups of items from different briefs that say the same thing. A group only forms when every
 * pair in it reaches MERGE_THRESHOLD (so A≈B and B≈C do not drag unrelated A and C together)
 * and no two of its items share a brief. Best groups first.
 */
export function proposeMerges(items: readonly MergeCandidate[]): MergeProposal[] {
  const profiles: Profile[] = items.map((i) => profile(i.text));
  const score = (a: number, b: number): number => profileSimilarity(profiles[a] ?? new Map(), profiles[b] ?? new Map());

  const pairs: { a: number; b: number; s: number }[] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      if (!disjoint(new Set(items[a]?.briefIds), new Set(items[b]?.briefIds))) continue;
      const s = score(a, b);
      if (s >= MERGE_THRESHOLD) pairs.push({ a, b, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s);

  const groupOf = items.map((_, i) => [i]);
  for (const { a, b } of pairs) {
    const ga = groupOf[a] ?? [];
    const gb = groupOf[b] ?? [];
    if (ga === gb) continue;
    const briefs = (g: number[]): Set<string> => new Set(g.flatMap((i) => items[i]?.briefIds ?? []));
    const allSimilar = ga.every((i) => gb.every((j) => score(i, j) >= MERGE_THRESHOLD));
    if (!allSimilar || !disjoint(briefs(ga), briefs(gb))) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const i of merged) groupOf[i] = merged;
  }

  const groups = [...new Set(groupOf)].filter((g) => g.length > 1);
  return groups
    .map((g) => ({
      ids: g.map((i) => items[i]?.id ?? ''),
      score: Math.min(...g.flatMap((i) => g.filter((j) => j > i).map((j) => score(i, j)))),
    }))
    .sort((x, y) => y.score - x.score);
}

export interface MergeUndo {
  /** The items exactly as they were before the merge. */
  restore: ChecklistItem[];
  /** The merged item's id (the first item's), overwritten again by `restore`. */
  mergedId: string;
}

export interface MergeResult {
  merged: ChecklistItem;
  /** Ids of the other items, to delete once the merged item is stored. */
  removedIds: string[];
  undo: MergeUndo;
}

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { low: 0, normal: 1, high: 2 };

/**
 * One item standing for several: the first item keeps its id, text and status; it cites every
 * source passage, belongs to every brief, takes the earliest due date, highest priority and
 * all notes, and records the merge in its history (from = to: the status did not change).
 */
export function mergeItems(items: readonly ChecklistItem[], now: number, author: string): MergeResult {
  const [keeper, ...others] = items;
  if (!keeper || others.length === 0) throw new Error('a merge needs at least two items');
  const all = [keeper, ...others];
  const dues = all.map((i) => i.due).filter((d): d is string => d !== null).sort();
  const merged: ChecklistItem = {
    ...keeper,
    briefIds: [...new Set(all.flatMap((i) => i.briefIds))],
    sources: all.flatMap((i) => i.sources),
    topic: keeper.topic || (others.find((i) => i.topic)?.topic ?? ''),
    owner: keeper.owner || (others.find((i) => i.owner)?.owner ?? ''),
    due: dues[0] ?? null,
    priority: all.reduce<Priority>((p, i) => (PRIORITY_RANK[i.priority] > PRIORITY_RANK[p] ? i.priority : p), keeper.priority),
    notes: all.map((i) => i.notes.trim()).filter(Boolean).join('\n\n'),
    history: [
      ...all.flatMap((i) => i.history).sort((a, b) => a.at - b.at),
      { at: now, by: author, from: keeper.status, to: keeper.status },
    ],
    updatedAt: now,
  };
  return {
    merged,
    removedIds: others.map((i) => i.id),
    undo: { restore: structuredClone([...all]), mergedId: keeper.id },
  };
}

/**
 * The item from other briefs most like `target`, when it reaches MERGE_THRESHOLD: one pass over
 * the items (proposeMerges compares every pair, too many for a library-wide inbox). `profileOf`
 * lets a caller reuse profiles across calls.
 */
export function closestFromOtherBriefs<T extends MergeCandidate>(target: T, items: readonly T[], profileOf: (item: T) => Profile = (i) => profile(i.text)): T | undefined {
  const briefs = new Set(target.briefIds);
  const mine = profileOf(target);
  let best: { item: T; score: number } | undefined;
  for (const other of items) {
    if (other.id === target.id || other.briefIds.some((b) => briefs.has(b))) continue;
    const score = profileSimilarity(mine, profileOf(other));
    if (score >= MERGE_THRESHOLD && score > (best?.score ?? 0)) best = { item: other, score };
  }
  return best?.item;
}
