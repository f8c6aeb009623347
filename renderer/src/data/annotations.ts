// Annotations of a brief: highlights, notes and tags anchored by selectors.
import type { Annotation, Brief, HighlightColor, Selector } from '../domain/types.js';
import type { AppDB } from './db.js';
import { boundToApp } from './app-database.js';
import { newId } from './ids.js';
import { readBriefs } from './brief-bodies.js';
import { putBack, takeRecord } from './undoable.js';

export type AnnotationPatch = Partial<Pick<Annotation, 'color' | 'note' | 'tags' | 'selector' | 'orphaned' | 'forPrincipal'>>;

export function annotationsRepository(database: AppDB) {
  return {
    /** A brief's annotations in reading order (orphans last, kept for the Orphans list). */
    async listAnnotations(briefId: string): Promise<Annotation[]> {
      const all = await database.annotations.where('briefId').equals(briefId).toArray();
      return all.sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.selector.position.start - b.selector.position.start);
    },

    async addAnnotation(
      briefId: string,
      selector: Selector,
      fields: { color: HighlightColor; note?: string; tags?: string[]; redaction?: { reason: string } },
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
        ...(fields.redaction ? { redaction: { reason: fields.redaction.reason } } : {}),
      };
      await database.annotations.add(annotation);
      return annotation;
    },

    async updateAnnotation(id: string, patch: AnnotationPatch): Promise<void> {
      await database.annotations.update(id, { ...patch, updatedAt: Date.now() });
    },

    /** Deletes and returns the record, so the caller can offer undo with restoreAnnotation. */
    deleteAnnotation: (id: string): Promise<Annotation | undefined> => takeRecord(database.annotations, id),

    restoreAnnotation: (annotation: Annotation): Promise<void> => putBack(database.annotations, annotation),

    /** Every live brief that has annotations, with them in reading order (for library-wide export). */
    async listAnnotatedBriefs(): Promise<{ brief: Brief; annotations: Annotation[] }[]> {
      const all = await database.annotations.toArray();
      const briefIds = [...new Set(all.map((a) => a.briefId))];
      const briefs = (await readBriefs(database, briefIds)).filter((b) => b.deletedAt === null);
      return briefs
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((brief) => ({
          brief,
          annotations: all.filter((a) => a.briefId === brief.id).sort((x, y) => x.selector.position.start - y.selector.position.start),
        }));
    },
  };
}

export const { listAnnotations, addAnnotation, updateAnnotation, deleteAnnotation, restoreAnnotation, listAnnotatedBriefs } =
  boundToApp(annotationsRepository);
