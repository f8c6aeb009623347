// Tags rendered blocks with their language and direction: a Japanese quote in an English brief
// gets lang="ja" (Japanese glyph forms, a Lang in the tagged PDF) and an Arabic paragraph
// dir="rtl" (right-aligned, correct punctuation order). Attributes only: the text that
// annotation selectors point into is unchanged.
import { isRightToLeft, languageOfText } from '../domain/language/script.js';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, dt, dd, figcaption, caption';

/** Sets `lang`/`dir` on `container` for the whole brief, then on each block that differs from it. */
export function markBlockLanguages(container: HTMLElement, briefLang: string): void {
  if (briefLang !== 'und') container.lang = briefLang;
  const briefRtl = isRightToLeft(briefLang);
  container.dir = briefRtl ? 'rtl' : 'ltr';
  for (const block of container.querySelectorAll<HTMLElement>(BLOCKS)) {
    // The innermost block decides: an <li> holding a <p> leaves the <p> to speak for itself.
    if (block.querySelector(BLOCKS)) continue;
    const lang = languageOfText(block.textContent ?? '', briefLang);
    if (!lang || lang === briefLang) continue;
    block.lang = lang;
    const rtl = isRightToLeft(lang);
    if (rtl !== briefRtl) block.dir = rtl ? 'rtl' : 'ltr';
  }
}
