// Replacing a brief's text inside a transaction: every annotation and checklist source that
// points into it is re-anchored against the new rendered text in the same transaction.
import type { ReanchorCounts, reanchorAll } from '../domain/anchoring/index.js';
import type { Brief } from '../domain/types.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { withBodies, writeBody } from './brief-bodies.js';

export type Reanchor = typeof reanchorAll;
let reanchoring: Promise<Reanchor> | undefined;

/**
 * The re-anchoring code (fuzzy matching) loads the first time a text is replaced, not with the
 * library. Await it before the transaction: one must not wait on anything but IndexedDB.
 */
export const loadReanchoring = (): Promise<Reanchor> => (reanchoring ??= import('../domain/anchoring/reanchor.js').then((m) => m.reanchorAll));

/** Must run inside a 'rw' transaction over briefs, bodies, annotations and recommendations. */
export async function replaceBriefText(
  database: AppDB,
  reanchorAll: Reanchor,
  briefId: string,
  text: string,
  patch: Partial<Brief> & Pick<Brief, 'markdown'>,
  now: number,
): Promise<{ annotations: ReanchorCounts; items: ReanchorCounts }> {
  const annotations = await database.annotations.where('briefId').equals(briefId).toArray();
  const items = await database.recommendations.where('briefIds').equals(briefId).toArray();
  const sources = items.flatMap((item) => item.sources.filter((s) => s.briefId === briefId));
  const placedAnnotations = reanchorAll(text, annotations.map((a) => a.selector));
  const placedSources = reanchorAll(text, sources.map((s) => s.selector));

  // Every new text is a new revision: a save still holding the old one will be refused.
  const current = await database.briefs.get(briefId);
  const { markdown, ...fields } = patch;
  await database.briefs.update(briefId, { ...fields, updatedAt: now, revision: (current?.revision ?? 0) + 1 });
  await database.annotations.bulkPut(
    annotations.map((a, i) => {
      const outcome = placedAnnotations.outcomes[i]!;
      return { ...a, selector: outcome.selector, orphaned: outcome.result.status === 'orphan', updatedAt: now };
    }),
  );
  // Sources are the items' own objects, so re-describing them updates the items in place.
  sources.forEach((source, i) => {
    source.selector = placedSources.outcomes[i]!.selector;
  });
  await database.recommendations.bulkPut(
    items.map((item) => ({ ...item, selector: item.sources[0]?.selector ?? item.selector, updatedAt: now })),
  );
  await writeBody(database, briefId, markdown);
  return { annotations: placedAnnotations.counts, items: placedSources.counts };
}

export type RevisedTextSave =
  | { status: 'saved'; annotations: ReanchorCounts; items: ReanchorCounts }
  /** The text changed since the editor read it (another window, an import): nothing was written. */
  | { status: 'conflict'; theirs: Brief };

/**
 * Replaces the text only if the brief is still at `baseRevision`, the revision the new text was
 * edited from. Must run inside a 'rw' transaction over briefs, bodies, annotations and recommendations,
 * so no other save can slip in between the check and the write.
 */
async function replaceBriefTextAt(
  database: AppDB,
  reanchor: Reanchor,
  briefId: string,
  baseRevision: number,
  text: string,
  patch: Partial<Brief> & Pick<Brief, 'markdown'>,
  now: number,
): Promise<RevisedTextSave> {
  const current = await database.briefs.get(briefId);
  if (!current) throw new Error('The brief no longer exists.');
  if (current.revision !== baseRevision) return { status: 'conflict', theirs: (await withBodies(database, [current]))[0]! };
  return { status: 'saved', ...(await replaceBriefText(database, reanchor, briefId, text, patch, now)) };
}

export function briefTextRepository(database: AppDB) {
  return {
    /** One logical change: checks the revision and replaces the text in a single transaction. */
    saveRevisedText: async (
      briefId: string,
      baseRevision: number,
      text: string,
      patch: Partial<Brief> & Pick<Brief, 'markdown'>,
      now: number,
    ): Promise<RevisedTextSave> => {
      const reanchor = await loadReanchoring();
      return database.transaction('rw', [database.briefs, database.bodies, database.annotations, database.recommendations], () =>
        replaceBriefTextAt(database, reanchor, briefId, baseRevision, text, patch, now),
      );
    },
  };
}

export const { saveRevisedText } = boundToApp(briefTextRepository);
