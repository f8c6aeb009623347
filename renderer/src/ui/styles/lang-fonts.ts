// Per-language font stacks inside a shadow root: an element tagged ja, ko, zh-Hans or zh-Hant
// (a brief, or one block of it) sets Han characters in that region's forms. The stacks are
// custom properties, so headings and labels below it that choose the UI font follow too.
import { css, unsafeCSS } from 'lit';
import { HAN_SELECTORS, type HanRegion } from './script-fonts.js';
import { sansStack, serifStack } from './fonts.js';

const regions = Object.keys(HAN_SELECTORS) as HanRegion[];

export const langFontStyles = css`
  ${unsafeCSS(regions.map((r) => `:is(${HAN_SELECTORS[r]}) { --cy-font-read: ${serifStack(r)}; --cy-font-ui: ${sansStack(r)}; }`).join('\n'))}
  /* The tagged element itself re-reads the stack it would otherwise inherit already resolved. */
  :where([lang]) { font-family: var(--cy-font-read); }
  [dir='rtl'] { text-align: start; }
`;
