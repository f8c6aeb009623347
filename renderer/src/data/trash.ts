// The Trash: a deleted brief keeps its record (stamped deletedAt) together with its annotations
// and checklist items, so restoring it brings everything back. Each operation is one transaction.
import type { BriefRecord, ChecklistItem } from '../domain/types.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { deleteBriefs } from './brief-bodies.js';
import { deleteImagesOf } from './images.js';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What deleting `briefId` for good does to an item: an item drawn only from that brief goes
 * with it (null); an item merged from several briefs loses that brief's passages.
 */
export function withoutBrief(item: ChecklistItem, briefId: string): ChecklistItem | null {
  const briefIds = item.briefIds.filter((id) => id !== briefId);
  if (briefIds.length === 0) return null;
  return { ...item, briefIds, sources: item.sources.filter((s) => s.briefId !== briefId) };
}

export function trashRepository(database: AppDB) {
  const purgeTables = [database.briefs, database.bodies, database.annotations, database.recommendations, database.images];

  async function purge(briefs: BriefRecord[]): Promise<number> {
    for (const brief of briefs) {
      await database.annotations.where('briefId').equals(brief.id).delete();
      const items = await database.recommendations.where('briefIds').equals(brief.id).toArray();
      for (const item of items) {
        const kept = withoutBrief(item, brief.id);
        if (kept) await database.recommendations.put(kept);
        else await database.recommendations.delete(item.id);
      }
      await deleteBriefs(database, [brief.id]);
      await deleteImagesOf(database, [brief.id]);
    }
    return briefs.length;
  }

  return {
    /** Briefs in the Trash, most recently deleted first (null deletedAt is not indexed). */
    listTrash: (): Promise<BriefRecord[]> => database.briefs.where('deletedAt').above(0).reverse().toArray(),

    async moveBriefToTrash(id: string, now = Date.now()): Promise<void> {
      await database.transaction('rw', database.briefs, async () => {
        const brief = await database.briefs.get(id);
        if (brief && brief.deletedAt === null) await database.briefs.update(id, { deletedAt: now });
      });
    },

    async restoreBriefFromTrash(id: string): Promise<void> {
      await database.transaction('rw', database.briefs, async () => {
        await database.briefs.update(id, { deletedAt: null });
      });
    },

    /** Deletes one brief in the Trash for good, with its annotations and items. */
    async deleteForever(id: string): Promise<void> {
      await database.transaction('rw', purgeTables, async () => {
        const brief = await database.briefs.get(id);
        if (brief && brief.deletedAt !== null) await purge([brief]);
      });
    },

    /** Empties the Trash; returns how many briefs were deleted for good. */
    emptyTrash: (): Promise<number> =>
      database.transaction('rw', purgeTables, async () => purge(await database.briefs.where('deletedAt').above(0).toArray())),

    /** Deletes what has been in the Trash longer than TRASH_DAYS (run on start). */
    purgeExpiredTrash: (now = Date.now()): Promise<number> =>
      database.transaction('rw', purgeTables, async () =>
        purge(await database.briefs.where('deletedAt').between(0, now - TRASH_DAYS * DAY_MS, false, true).toArray()),
      ),
  };
}

export const { listTrash, moveBriefToTrash, restoreBriefFromTrash, deleteForever, emptyTrash, purgeExpiredTrash } = boundToApp(trashRepository);
