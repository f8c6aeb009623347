import { describe, expect, it } from 'vitest';
import { bookMetadata } from '../../../renderer/src/domain/book/metadata.js';
import { book, brief } from './records.js';

const NAMES: Record<string, string> = { trade: 'Comercio', energy: 'Energía' };
const name = (t: string) => NAMES[t] ?? t;

describe('bookMetadata', () => {
  it('takes the author from Settings when the book names none, the subject from the subtitle, and topic names', () => {
    const b = { ...book([]), subtitle: 'Background for the visit', meeting: 'Ministerial' };
    const meta = bookMetadata(b, [brief('b1', 'One'), brief('b2', 'Two', { topics: ['energy', 'trade'] })], 'Policy Staff', name);
    expect(meta).toEqual({ title: 'Book', author: 'Policy Staff', subject: 'Background for the visit', keywords: ['Comercio', 'Energía'] });
  });

  it("prefers the book's own prepared-by, and the meeting when there is no subtitle", () => {
    const b = { ...book([]), preparedBy: 'Desk A', meeting: 'Ministerial' };
    expect(bookMetadata(b, [], 'Policy Staff', name)).toMatchObject({ author: 'Desk A', subject: 'Ministerial', keywords: [] });
  });
});
