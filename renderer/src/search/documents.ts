// What of each record the search index holds: plain text, never the Markdown source.
import type { Annotation, Brief, ChecklistItem } from '../domain/types.js';
import { markdownToPlain } from '../domain/text/lines.js';
import type { SearchDoc } from './search-index.js';

/** Null when the record should not be searchable (a brief in the Trash). */
export function briefDoc(brief: Brief): SearchDoc | null {
  if (brief.deletedAt !== null) return null;
  return {
    id: brief.id,
    kind: 'brief',
    title: brief.title,
    text: markdownToPlain(brief.markdown),
    byline: [brief.byline, brief.source.name].filter(Boolean).join('\n'),
    topics: brief.topics,
    tags: brief.tags,
    briefId: null,
    updatedAt: brief.updatedAt,
  };
}

/** Only annotations with a note are searchable; a bare highlight has no text of its own. */
export function noteDoc(annotation: Annotation): SearchDoc | null {
  if (!annotation.note.trim()) return null;
  return {
    id: annotation.id,
    kind: 'note',
    title: '',
    text: markdownToPlain(annotation.note),
    topics: [],
    tags: annotation.tags,
    briefId: annotation.briefId,
    updatedAt: annotation.updatedAt,
  };
}

/** Tracked items only: suggestions awaiting review and dismissed ones are not on any checklist. */
export function itemDoc(item: ChecklistItem): SearchDoc | null {
  if (item.status === 'suggested' || item.status === 'dismissed') return null;
  return {
    id: item.id,
    kind: 'item',
    title: '',
    text: item.notes.trim() ? `${item.text}\n${item.notes}` : item.text,
    topics: item.topic ? [item.topic] : [],
    tags: [],
    briefId: item.briefIds[0] ?? null,
    updatedAt: item.updatedAt,
  };
}
