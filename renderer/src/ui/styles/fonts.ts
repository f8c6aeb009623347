// The bundled fonts (assets/fonts, OFL): Latin and Latin Extended subsets, served from the
// app's own origin so printing never reaches the network. Other scripts: script-fonts.ts.
import { scriptFallbacks, type HanRegion } from './script-fonts.js';
import source_serif_4_latin_400_normal from '../../../../assets/fonts/source-serif-4-latin-400-normal.woff2?url';
import source_serif_4_latin_ext_400_normal from '../../../../assets/fonts/source-serif-4-latin-ext-400-normal.woff2?url';
import source_serif_4_latin_400_italic from '../../../../assets/fonts/source-serif-4-latin-400-italic.woff2?url';
import source_serif_4_latin_ext_400_italic from '../../../../assets/fonts/source-serif-4-latin-ext-400-italic.woff2?url';
import source_serif_4_latin_700_normal from '../../../../assets/fonts/source-serif-4-latin-700-normal.woff2?url';
import source_serif_4_latin_ext_700_normal from '../../../../assets/fonts/source-serif-4-latin-ext-700-normal.woff2?url';
import source_serif_4_latin_700_italic from '../../../../assets/fonts/source-serif-4-latin-700-italic.woff2?url';
import source_serif_4_latin_ext_700_italic from '../../../../assets/fonts/source-serif-4-latin-ext-700-italic.woff2?url';
import inter_latin_400_normal from '../../../../assets/fonts/inter-latin-400-normal.woff2?url';
import inter_latin_ext_400_normal from '../../../../assets/fonts/inter-latin-ext-400-normal.woff2?url';
import inter_latin_600_normal from '../../../../assets/fonts/inter-latin-600-normal.woff2?url';
import inter_latin_ext_600_normal from '../../../../assets/fonts/inter-latin-ext-600-normal.woff2?url';
import inter_latin_700_normal from '../../../../assets/fonts/inter-latin-700-normal.woff2?url';
import inter_latin_ext_700_normal from '../../../../assets/fonts/inter-latin-ext-700-normal.woff2?url';

const face = (family: string, url: string, weight: number, style: string, range: string): string =>
  `@font-face { font-family: "${family}"; src: url("${url}") format("woff2"); font-weight: ${weight}; font-style: ${style}; font-display: block; unicode-range: ${range}; }`;

export const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
export const LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** @font-face rules; they only work in a document-level stylesheet, not in a shadow root. */
export const fontFaces = `${[
  face('Source Serif 4', source_serif_4_latin_400_normal, 400, 'normal', LATIN),
  face('Source Serif 4', source_serif_4_latin_ext_400_normal, 400, 'normal', LATIN_EXT),
  face('Source Serif 4', source_serif_4_latin_400_italic, 400, 'italic', LATIN),
  face('Source Serif 4', source_serif_4_latin_ext_400_italic, 400, 'italic', LATIN_EXT),
  face('Source Serif 4', source_serif_4_latin_700_normal, 700, 'normal', LATIN),
  face('Source Serif 4', source_serif_4_latin_ext_700_normal, 700, 'normal', LATIN_EXT),
  face('Source Serif 4', source_serif_4_latin_700_italic, 700, 'italic', LATIN),
  face('Source Serif 4', source_serif_4_latin_ext_700_italic, 700, 'italic', LATIN_EXT),
  face('Inter', inter_latin_400_normal, 400, 'normal', LATIN),
  face('Inter', inter_latin_ext_400_normal, 400, 'normal', LATIN_EXT),
  face('Inter', inter_latin_600_normal, 600, 'normal', LATIN),
  face('Inter', inter_latin_ext_600_normal, 600, 'normal', LATIN_EXT),
  face('Inter', inter_latin_700_normal, 700, 'normal', LATIN),
  face('Inter', inter_latin_ext_700_normal, 700, 'normal', LATIN_EXT),
].join('\n')}`;

/** Font stacks whose Han characters take `region`'s forms. */
export const serifStack = (region: HanRegion): string => `"Source Serif 4", ${scriptFallbacks(region)}, Georgia, serif`;
export const sansStack = (region: HanRegion): string => `Inter, ${scriptFallbacks(region)}, "Helvetica Neue", Arial, sans-serif`;

// Untagged Han text takes Simplified Chinese forms; tagged blocks switch (see lang-fonts.ts).
export const FONT_SERIF = serifStack('zh-Hans');
export const FONT_SANS = sansStack('zh-Hans');
