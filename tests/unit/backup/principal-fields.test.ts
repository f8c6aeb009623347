// The summary for the principal added two optional fields without a schema version: an
// annotation's forPrincipal and a book's summary option. Backups with or without them restore;
// anything but a boolean is refused.
import { describe, expect, it } from 'vitest';
import { annotationSchema, bookSchema } from '../../../renderer/src/domain/backup/records.js';
import { annotation, book } from '../book/records.js';

describe('optional fields of the summary for the principal', () => {
  it('accepts annotations with and without forPrincipal, and refuses a non-boolean', () => {
    const plain = annotation('a1', 3, { note: 'Ask about the pier' });
    expect(annotationSchema.safeParse(plain).success).toBe(true);
    expect(annotationSchema.safeParse({ ...plain, forPrincipal: true }).success).toBe(true);
    expect(annotationSchema.safeParse({ ...plain, forPrincipal: 'yes' }).success).toBe(false);
  });

  it('accepts books with and without the summary option, and refuses a non-boolean', () => {
    const older = book([]);
    expect('summary' in older.options).toBe(false);
    expect(bookSchema.safeParse(older).success).toBe(true);
    expect(bookSchema.safeParse(book([], { summary: false })).success).toBe(true);
    expect(bookSchema.safeParse({ ...older, options: { ...older.options, summary: 1 } }).success).toBe(false);
  });
});
