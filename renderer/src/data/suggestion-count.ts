// The count of suggestions awaiting review, for the navigation. Kept apart from recommendations.ts
// so the app shell does not load the checklist logic (and its date parser) at start-up.
import type { ChecklistItem } from '../domain/types.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';

/** Items that still belong to a live brief (items of briefs in the Trash come back with them). */
export const notAllTrashed = (trashed: ReadonlySet<string>) => (r: ChecklistItem): boolean => !r.briefIds.every((id) => trashed.has(id));

export function suggestionCountRepository(database: AppDB) {
  return {
    /** How many suggestions await review, read from the status index. */
    async countOpenSuggestions(): Promise<number> {
      const trashed = new Set(await database.briefs.where('deletedAt').above(0).primaryKeys());
      const suggested = database.recommendations.where('status').equals('suggested');
      return trashed.size === 0 ? suggested.count() : suggested.filter(notAllTrashed(trashed)).count();
    },
  };
}

export const { countOpenSuggestions } = boundToApp(suggestionCountRepository);
