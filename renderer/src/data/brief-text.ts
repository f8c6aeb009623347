// Replacing a brief's text inside a transaction: every annotation and checklist source that
// points into it is re-anchored against the new rendered text in the same transaction.
import { reanchorAll, type ReanchorCounts } from '../domain/anchoring/index.js';
import type { Brief, Selector } from '../domain/types.js';
import type { AppDB } from './db.js';

/** Must run inside a 'rw' transaction over briefs, annotations and recommendations. */
export async function replaceBriefText(
  database: AppDB,
  briefId: string,
  text: string,
  patch: Partial<Brief> & Pick<Brief, 'markdown'>,
  now: number,
): Promise<ReanchorCounts> {
  const annotations = await database.annotations.where('briefId').equals(briefId).toArray();
  const items = await database.recommendations.where('briefIds').equals(briefId).toArray();
  const sources = items.flatMap((item) => item.sources.filter((s) => s.briefId === briefId));
  const selectors: Selector[] = [...annotations.map((a) => a.selector), ...sources.map((s) => s.selector)];
  const { outcomes, counts } = reanchorAll(text, selectors);

  await database.briefs.update(briefId, { ...patch, updatedAt: now });
  await database.annotations.bulkPut(
    annotations.map((a, i) => ({ ...a, selector: outcomes[i]!.selector, orphaned: outcomes[i]!.result.status === 'orphan', updatedAt: now })),
  );
  // Sources are the items' own objects, so re-describing them updates the items in place.
  sources.forEach((source, i) => {
    source.selector = outcomes[annotations.length + i]!.selector;
  });
  await database.recommendations.bulkPut(
    items.map((item) => ({ ...item, selector: item.sources[0]?.selector ?? item.selector, updatedAt: now })),
  );
  return counts;
}
