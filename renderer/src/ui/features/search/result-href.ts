// Where a search result leads: into the brief at the match, to the note, or to the checklist item.
import type { SearchHit } from '../../../search/search-index.js';
import { hrefFor } from '../../app/routes.js';

export function resultHref(hit: SearchHit): string {
  if (hit.kind === 'note' && hit.briefId) return hrefFor({ view: 'brief', id: hit.briefId }, { annotation: hit.id });
  if (hit.kind === 'item') return hrefFor({ view: 'checklists' }, { item: hit.id });
  // The reader opens find-in-brief on the first matched word of the body, as it was written.
  const first = hit.snippet.marks[0];
  const term = first ? hit.snippet.text.slice(first.start, first.end) : '';
  return hrefFor({ view: 'brief', id: hit.id }, term ? { q: term } : undefined);
}
