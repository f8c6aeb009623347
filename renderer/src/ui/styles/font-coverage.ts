// Which characters the bundled fonts can draw: the unicode-range of every face.
import faces from 'virtual:script-fonts';
import { LATIN, LATIN_EXT } from './fonts.js';

export function bundledFontRanges(): string[] {
  return [LATIN, LATIN_EXT, ...faces.map((f) => f.range)];
}
