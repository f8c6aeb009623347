// Highlight marks. Colour is never the only signal: each colour also has its own underline
// style, and overlaps get a double underline, so they read in greyscale print and for
// colour-blind readers.
import { css } from 'lit';

export const highlightStyles = css`
  mark.cy-hl { color: inherit; border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: pointer; }
  mark.cy-hl[data-color='yellow'] { background: var(--cy-hl-yellow); text-decoration: underline solid; }
  mark.cy-hl[data-color='green'] { background: var(--cy-hl-green); text-decoration: underline dashed; }
  mark.cy-hl[data-color='blue'] { background: var(--cy-hl-blue); text-decoration: underline dotted; }
  mark.cy-hl[data-color='pink'] { background: var(--cy-hl-pink); text-decoration: underline wavy; }
  mark.cy-hl[data-overlap] { text-decoration-style: double; box-shadow: inset 0 -0.15em 0 rgb(0 0 0 / 0.25); }
  /* Redactions stay readable to the editor: hatched and struck through, never hidden. */
  mark.cy-hl[data-color='redaction'] { background: repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, currentColor 25%, transparent) 4px 6px); text-decoration: line-through 1.5px; outline: 1px dashed currentColor; }
  mark.cy-hl.flash { outline: 3px solid var(--cy-focus); }
  /* Tracked sentences: a thin, low underline in their own muted colour, so they never read as links or highlights. */
  mark.cy-hl[data-item] { text-decoration: underline solid var(--cy-tracked); text-decoration-thickness: 1px; text-underline-offset: 0.3em; text-decoration-skip-ink: none; }
  mark.cy-hl[data-item][data-color='item'] { background: none; }
  ::highlight(cy-passage) { background: var(--cy-hl-blue); text-decoration: underline 2px var(--cy-accent); }
  ::highlight(cy-find) { background: #ffb347; color: #000; }
  ::highlight(cy-find-current) { background: #ff7a00; color: #000; }
`;
