import { describe, expect, it } from 'vitest';
import { findSource } from '../../../renderer/src/domain/text/source.js';

describe('findSource', () => {
  it('takes the owner from the last copyright line, without years or reserved-rights clauses', () => {
    expect(findSource(['© 2019 Old Owner', 'Body text.', 'Copyright © 2002–2015 Harbour Review LLC. All rights reserved.']).name).toBe('Harbour Review LLC');
    expect(findSource(['© Gaceta del Puerto, todos los derechos reservados']).name).toBe('Gaceta del Puerto');
    expect(findSource(['© Kessel Media Group Limited 2017']).name).toBe('Kessel Media Group Limited');
    expect(findSource(['© 2004-2019 All rights reserved.']).name).toBe('');
  });

  it('ignores a © inside a sentence', () => {
    expect(findSource(['Portions of this content are ©1998 by contributors.']).name).toBe('');
  });

  it('falls back to the outlet a quoted writer "writes in"', () => {
    expect(findSource(['"Ties need attention," writes the institute’s Ana Ruiz in Harbour Policy Review.']).name).toBe('Harbour Policy Review');
    expect(findSource(['La patrulla es clave, escribe Lucía Herrero en Gaceta Marítima.']).name).toBe('Gaceta Marítima');
    expect(findSource(['She writes in Latin and Greek.']).name).toBe('');
  });

  it('reads a URL given on a line of its own, plain or labelled, and only http(s)', () => {
    expect(findSource(['Source: https://news.example.org/kessel-quay']).url).toBe('https://news.example.org/kessel-quay');
    expect(findSource(['javascript:alert(1)', 'see https://example.org in the text']).url).toBe('');
  });
});
