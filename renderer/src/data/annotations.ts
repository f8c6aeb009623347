// Annotations of a brief: highlights, notes and tags anchored by selectors.
import type { Annotation, Brief, HighlightColor, Selector } from '../domain/types.js';
import { db } from './db.js';
import { newId } from './ids.js';
import { readBriefs } from './brief-bodies.js';
import { putBack, takeRecord } from './undoable.js';

/** A brief's annotations in reading order (orphans last, kept for the Orphans list). */
export async function listAnnotations(briefId: string): Promise<Annotation[]> {
  const all = await db().annotations.where('briefId').equals(briefId).toArray();
  return all.sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.selector.position.start - b.selector.position.start);
}

export async function addAnnotation(
  briefId: string,
  selector: Selector,
  fields: { color: HighlightColor; note?: string; tags?: string[] },
  now = Date.now(),
): Promise<Annotation> {
  const annotation: Annotation = {
    id: newId(),
    briefId,
    selector,
    color: fields.color,
    note: fields.note ?? '',
    tags: fields.tags ?? [],
    createdAt: now,
    updatedAt: now,
    orphaned: false,
  };
  await db().annotations.add(annotation);
  return annotation;
}

export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'note' | 'tags' | 'selector' | 'orphaned' | 'forPrincipal'>>;

export async function updateAnnotation(id: string, patch: AnnotationPatch): Promise<void> {
  await db().annotations.update(id, { ...patch, updatedAt: Date.now() });
}

/** Deletes and returns the record, so the caller can offer undo with restoreAnnotation. */
export const deleteAnnotation = (id: string): Promise<Annotation | undefined> => takeRecord(db().annotations, id);

export const restoreAnnotation = (annotation: Annotation): Promise<void> => putBack(db().annotations, annotation);

/** Every live brief that has annotations, with them in reading order (for library-wide export). */
export async function listAnnotatedBriefs(): Promise<{ brief: Brief; annotations: Annotation[] }[]> {
  const all = await db().annotations.toArray();
  const briefIds = [...new Set(all.map((a) => a.briefId))];
  const briefs = (await readBriefs(db(), briefIds)).filter((b) => b.deletedAt === null);
  return briefs
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((brief) => ({
      brief,
      annotations: all.filter((a) => a.briefId === brief.id).sort((x, y) => x.selector.position.start - y.selector.position.start),
    }));
}
