// The library's sort and filters as URL parameters (#/library?topic=trade&read=unread), so a
// filtered view can be bookmarked, shared in a note, or restored after a restart.
import type { BriefSort } from '../../../data/briefs.js';
import { NO_FILTER, type LibraryFilter } from '../../../data/library-query.js';
import type { ReadState } from '../../../domain/types.js';

export const SORTS: readonly BriefSort[] = ['imported', 'published', 'title', 'source'];
export const READ_STATES: readonly ReadState[] = ['unread', 'reading', 'read'];

export interface LibraryState {
  sort: BriefSort;
  filter: LibraryFilter;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  allowed.includes(value as T) ? (value as T) : null;

export function parseLibraryParams(params: URLSearchParams): LibraryState {
  const text = (name: string) => params.get(name)?.trim() || null;
  return {
    sort: pick(params.get('sort'), SORTS) ?? 'imported',
    filter: {
      topic: text('topic'),
      tag: text('tag'),
      source: text('source'),
      read: pick(params.get('read'), READ_STATES),
      openItems: params.get('open') === '1',
      book: text('book'),
    },
  };
}

/** Only what differs from the defaults, so the plain library stays #/library. */
export function libraryParams({ sort, filter }: LibraryState): Record<string, string> {
  const out: Record<string, string> = {};
  if (sort !== 'imported') out.sort = sort;
  for (const key of ['topic', 'tag', 'source', 'read', 'book'] as const) {
    const value = filter[key];
    if (value !== null && value !== NO_FILTER[key]) out[key] = value;
  }
  if (filter.openItems) out.open = '1';
  return out;
}
