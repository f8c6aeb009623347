import { describe, expect, it } from 'vitest';
import { authorList, bylineNames, chicagoCitation, invertName, type ChicagoLabels } from '../../../renderer/src/domain/book/citation.js';
import type { SourceCitation } from '../../../renderer/src/domain/book/sources.js';

const EN: ChicagoLabels = { locale: 'en', noDate: 'n.d.', accessed: 'Accessed', and: 'and', hash: 'Content hash' };
const ES: ChicagoLabels = { locale: 'es', noDate: 's. f.', accessed: 'Consultado el', and: 'y', hash: 'Huella del contenido' };

const source = (over: Partial<SourceCitation> = {}): SourceCitation => ({
  briefId: 'b1', title: 'Kessel Reopens Its Northern Quay', byline: 'Ana Ruiz and Tom Hale', publisher: 'Harbour Gazette',
  url: 'https://example.org/quay', publishedAt: '2024-06-03', retrievedAt: '2032-03-04', contentHash: 'abc123', ...over,
});
const text = (c: SourceCitation, labels = EN) => chicagoCitation(c, labels).map((p) => p.text).join('');

describe('Chicago author–date citations', () => {
  it('prints authors, year, quoted title, the publication in italics, the full date and the URL', () => {
    expect(text(source())).toBe('Ruiz, Ana, and Tom Hale. 2024. “Kessel Reopens Its Northern Quay.” Harbour Gazette, June 3, 2024. https://example.org/quay. Content hash: abc123.');
    expect(chicagoCitation(source(), EN).filter((p) => p.italic).map((p) => p.text)).toEqual(['Harbour Gazette']);
  });

  it('lets the publisher lead when no author is known, and does not repeat it', () => {
    expect(text(source({ byline: '' }))).toBe('Harbour Gazette. 2024. “Kessel Reopens Its Northern Quay.” June 3, 2024. https://example.org/quay. Content hash: abc123.');
  });

  it('with no date, writes n.d. and the day it was retrieved; with nothing but a title, starts with the title', () => {
    expect(text(source({ byline: '', publisher: '', url: '', publishedAt: null }))).toBe('“Kessel Reopens Its Northern Quay.” n.d. Accessed March 4, 2032. Content hash: abc123.');
  });

  it('keeps a title that ends in a question mark as it is, and writes Spanish with its own marks and months', () => {
    expect(text(source({ title: '¿Reabrirá el muelle norte?', byline: 'Lucía de la Fuente' }), ES)).toBe(
      'de la Fuente, Lucía. 2024. «¿Reabrirá el muelle norte?» Harbour Gazette, 3 de junio de 2024. https://example.org/quay. Huella del contenido: abc123.',
    );
  });
});

describe('author names', () => {
  it('splits bylines on commas and "and" in four languages, and inverts only the first person', () => {
    expect(bylineNames('By Ana Ruiz, Tom Hale and Li Wei')).toEqual(['Ana Ruiz', 'Tom Hale', 'Li Wei']);
    expect(bylineNames('Por Ana Ruiz y Tom Hale')).toEqual(['Ana Ruiz', 'Tom Hale']);
    expect(authorList(['Ana Ruiz', 'Tom Hale', 'Li Wei'], 'and')).toBe('Ruiz, Ana, Tom Hale, and Li Wei');
  });

  it('never inverts an organisation or a single name', () => {
    expect(bylineNames('Harbour News Staff')).toEqual(['Harbour News Staff']);
    expect(invertName('Harbour News Staff')).toBe('Harbour News Staff');
    expect(invertName('Plato')).toBe('Plato');
    expect(invertName('Jan van der Berg')).toBe('van der Berg, Jan');
  });
});
