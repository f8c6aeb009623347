import { css } from 'lit';
import { controls } from '../../styles/tokens.js';

export const searchBoxStyles = [
  controls,
  css`
    :host { position: relative; display: block; width: min(460px, 100%); }
    input { width: 100%; box-sizing: border-box; }
    .status { position: absolute; left: 4px; top: 100%; font-size: 0.75rem; color: var(--cy-muted); white-space: nowrap; pointer-events: none; }
    /* Wider than the box, it grows leftwards from the box's right edge (the box sits at the header's end), never past the window. */
    .panel { position: absolute; right: 0; top: calc(100% + 6px); z-index: 25; max-height: min(70vh, 640px); overflow-y: auto;
      background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); box-shadow: 0 8px 28px rgb(0 0 0 / 0.2);
      padding: 6px 0; box-sizing: border-box; width: max(100%, min(560px, 100vw - 16px)); }
    h2 { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cy-muted); margin: 8px 12px 4px; }
    ul { list-style: none; margin: 0; padding: 0; }
    a { display: block; padding: 6px 12px; color: inherit; text-decoration: none; }
    a:hover, a:focus-visible { background: var(--cy-surface-2); outline-offset: -3px; }
    .title { font-weight: 600; }
    .snippet { font-size: 0.88rem; color: var(--cy-muted); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
    .context { font-size: 0.78rem; color: var(--cy-muted); }
    mark { background: var(--cy-hl-yellow); color: inherit; border-radius: 2px; }
    .note { margin: 6px 12px; font-size: 0.85rem; color: var(--cy-muted); }
  `,
];
