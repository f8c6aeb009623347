// Saving annotations as W3C Web Annotation JSON-LD or Markdown, for one brief or the library.
import type { Annotation, Brief } from '../../../domain/types.js';
import { annotationsToJsonLd, annotationsToMarkdown } from '../../../domain/annotations-export.js';
import { platform } from '../../../platform/index.js';
import { emit } from '../../events.js';

export type AnnotationFormat = 'jsonld' | 'md';

export async function saveAnnotations(
  host: EventTarget,
  entries: { brief: Brief; annotations: Annotation[] }[],
  format: AnnotationFormat,
  baseName: string,
): Promise<void> {
  const body = format === 'jsonld' ? annotationsToJsonLd(entries) : annotationsToMarkdown(entries);
  const name = `${baseName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-annotations.${format === 'jsonld' ? 'jsonld' : 'md'}`;
  const result = await platform().saveFile(name, new TextEncoder().encode(body), format === 'jsonld' ? 'application/ld+json' : 'text/markdown');
  if (!result.ok) emit(host, 'cy-toast', { kind: 'error', message: result.error.message });
}
