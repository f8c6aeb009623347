// The reader's frame: contents, text column and side panels in three columns (two when narrow,
// without the contents), and the parts of the text column the article styles do not cover. From
// 1,280 px (MARGIN_MIN_WIDTH) the notes sit in the margin beside their highlights and scroll with
// the text, and the brief's items move under the contents.
import { css } from 'lit';

export const readerLayoutStyles = css`
  :host { display: block; position: relative; }
  .layout { display: grid; grid-template-columns: minmax(160px, 220px) minmax(0, 1fr) auto; gap: 24px; padding: 16px 24px; }
  /* The side column is as wide as its drawer: a column when open, a slim handle when folded. */
  cy-side-drawer:not([closed]) { width: clamp(220px, 24vw, 320px); }
  @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr) auto; } .lead { display: none; } }
  .lead, aside { position: sticky; top: 8px; align-self: start; max-height: calc(100vh - 90px); overflow: auto; }
  .lead cy-item-panel { margin-top: 16px; }
  @media (min-width: 1280px) {
    .layout { grid-template-columns: minmax(200px, 250px) minmax(0, 1fr) auto; }
    cy-side-drawer:not([closed]) { width: clamp(260px, 21vw, 300px); }
    aside { position: static; max-height: none; overflow: visible; }
  }
  .toc h2 { font-size: 0.95rem; margin: 0 0 6px; }
  .toc ol { list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
  .toc button { all: unset; cursor: pointer; display: block; padding: 3px 0; color: var(--cy-muted); }
  .toc button:hover, .toc button:focus-visible { color: var(--cy-text); text-decoration: underline; }
  .toc button:focus-visible { outline: 3px solid var(--cy-focus); outline-offset: 2px; }
  cy-reading-body { display: block; }
  article { max-width: 72ch; margin: 0 auto; }
  /* The brief's metadata in one quiet line: source · author · date · site. */
  .meta { color: var(--cy-muted); font-size: 0.9rem; display: flex; flex-wrap: wrap; row-gap: 2px; font-family: var(--cy-font-ui); }
  .meta > span + span::before { content: '·'; padding: 0 8px; }
  .meta .link { max-width: 24ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .subtitle { font-size: 1.2rem; color: var(--cy-muted); margin: 0 0 8px; }
  /* The body takes focus only to anchor keyboard selection: the caret shows where, not a box. */
  .body:focus { outline: none; }
  cy-find-bar { position: sticky; top: 0; z-index: 5; margin-bottom: 8px; }
  .notice { font-family: var(--cy-font-ui); color: var(--cy-muted); border-left: 3px solid var(--cy-muted); padding: 4px 10px; }
  /* Pieces of a plain-text body read as one text; those off screen are not laid out. */
  .body pre.plain-piece { margin: 0; content-visibility: auto; contain-intrinsic-size: auto 4000px; }
  .body div.piece { content-visibility: auto; contain-intrinsic-size: auto 3000px; }
`;
