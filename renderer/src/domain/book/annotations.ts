// Which annotations a book prints and how: painted highlights, and notes numbered as endnotes
// in reading order, restarting at 1 for each brief.
import type { Annotation, AnnotationMode, HighlightColor } from '../types.js';

export interface PrintHighlight {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  /** Set when the highlight carries a note printed as this endnote. */
  endnote: number | null;
}

export interface Endnote {
  number: number;
  quote: string;
  note: string;
}

export interface PrintedAnnotations {
  highlights: PrintHighlight[];
  endnotes: Endnote[];
}

export function printedAnnotations(annotations: readonly Annotation[], mode: AnnotationMode): PrintedAnnotations {
  if (mode === 'none') return { highlights: [], endnotes: [] };
  const placed = annotations
    .filter((a) => !a.orphaned)
    .sort((a, b) => a.selector.position.start - b.selector.position.start || a.createdAt - b.createdAt);
  const endnotes: Endnote[] = [];
  const highlights = placed.map((a): PrintHighlight => {
    const withNote = mode === 'notes' && a.note.trim() !== '';
    if (withNote) endnotes.push({ number: endnotes.length + 1, quote: a.selector.quote.exact, note: a.note.trim() });
    return { id: a.id, ...a.selector.position, color: a.color, endnote: withNote ? endnotes.length : null };
  });
  return { highlights, endnotes };
}
