// Reading a ToUnicode CMap backwards: the code a font's subset gives each character.
import { describe, expect, it } from 'vitest';
import { codesByCharacter } from '../../../main/services/to-unicode.js';

const CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <0031>
<0014> <0031>
endbfchar
2 beginbfrange
<0020> <0022> <0035>
<0030> <0031> [<0039> <00E9>]
endbfrange
endcmap`;

describe('codesByCharacter', () => {
  const codes = codesByCharacter(CMAP);

  it('reads single codes, keeping the first code that draws a character', () => {
    expect(codes.get(' ')).toBe('0003');
    expect(codes.get('1')).toBe('0011');
  });

  it('reads ranges of consecutive characters and ranges with a list of targets', () => {
    expect([codes.get('5'), codes.get('6'), codes.get('7')]).toEqual(['0020', '0021', '0022']);
    expect([codes.get('9'), codes.get('é')]).toEqual(['0030', '0031']);
  });

  it('has nothing for a character the subset does not draw', () => {
    expect(codes.has('8')).toBe(false);
    expect(codesByCharacter('not a cmap').size).toBe(0);
  });
});
