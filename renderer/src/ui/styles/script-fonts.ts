// Faces for the scripts the Latin faces lack (Greek and Cyrillic in the same families; Noto Sans
// for Arabic, Hebrew, Devanagari, Japanese, Chinese and Korean). The build lists the files and
// their unicode-ranges (scripts/script-fonts.mjs), so only the pieces a page uses are loaded.
import faces from 'virtual:script-fonts';

const scriptFontFaces = (): string =>
  faces
    .map((f) => `@font-face { font-family: "${f.family}"; src: url("${f.url}") format("woff2"); font-weight: ${f.weight}; font-style: ${f.style}; font-display: block; unicode-range: ${f.range}; }`)
    .join('\n');

/**
 * Adds the faces to the document the first time a view shows text beyond Latin (the CJK
 * unicode-range lists alone are some 300 KB of CSS, which a Latin-only library never needs to
 * parse). Document-level, because @font-face rules do nothing inside a shadow root.
 */
export function ensureScriptFonts(): void {
  if (document.getElementById('cy-script-fonts')) return;
  const style = document.createElement('style');
  style.id = 'cy-script-fonts';
  style.textContent = scriptFontFaces();
  document.head.append(style);
}

/** Families after the Latin one, in order; Han characters take the first CJK family's forms. */
const NON_LATIN = '"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari"';
export type HanRegion = 'ja' | 'ko' | 'zh-Hans' | 'zh-Hant';
const CJK: Record<HanRegion, string[]> = {
  ja: ['JP', 'KR', 'SC', 'TC'],
  ko: ['KR', 'JP', 'TC', 'SC'],
  'zh-Hans': ['SC', 'TC', 'JP', 'KR'],
  'zh-Hant': ['TC', 'SC', 'JP', 'KR'],
};

/** The fallback families after a Latin family, Han forms following `region`. */
export function scriptFallbacks(region: HanRegion): string {
  return `${NON_LATIN}, ${CJK[region].map((r) => `"Noto Sans ${r}"`).join(', ')}`;
}

/** BCP 47 language-range selectors for each Han region (`:lang()` matches "zh-TW", "zh-Hant-HK"…). */
export const HAN_SELECTORS: Record<HanRegion, string> = {
  ja: ':lang(ja)',
  ko: ':lang(ko)',
  'zh-Hans': ':lang(zh-Hans), :lang(zh-CN), :lang(zh-SG), :lang(zh)',
  'zh-Hant': ':lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)',
};
