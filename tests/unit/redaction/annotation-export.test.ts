// A redaction in the annotation exports (for other tools and for reading) says it is one, and why.
import { describe, expect, it } from 'vitest';
import { annotationsToMarkdown, toWebAnnotation } from '../../../renderer/src/domain/annotations-export.js';
import { annotation, brief } from '../book/records.js';

describe('redactions in annotation exports', () => {
  const b = brief('b1', 'Quarry talks');
  const redaction = { ...annotation('r1', 0), redaction: { reason: 'Protects a source' } };

  it('JSON-LD carries the reason; a highlight carries none', () => {
    expect(toWebAnnotation(b, redaction)['chancery:redaction']).toEqual({ reason: 'Protects a source' });
    expect('chancery:redaction' in toWebAnnotation(b, annotation('a1', 0))).toBe(false);
  });

  it('Markdown names it a redaction with its reason instead of a colour', () => {
    expect(annotationsToMarkdown([{ brief: b, annotations: [redaction] }])).toContain('— redaction (Protects a source)');
  });
});
