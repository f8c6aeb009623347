// The inbox's look: groups by brief, one card per suggestion with its passage, the current card
// marked, and the edit and dismiss fields.
import { css } from 'lit';

export const inboxStyles = css`
  /* Room below the last row, so the current row can always scroll clear of the toasts. */
  :host { display: block; padding: 16px 24px 45vh; max-width: 920px; margin: 0 auto; }
  h1 { font-size: 1.4rem; margin: 0 0 4px; }
  .intro { color: var(--cy-muted); margin: 0 0 4px; }
  .keys { color: var(--cy-muted); font-size: 0.85rem; margin: 0 0 16px; }
  section { margin-bottom: 24px; }
  .group-head { display: flex; align-items: baseline; gap: 12px; border-bottom: 1px solid var(--cy-border); padding-bottom: 4px; }
  .group-head h2 { font-size: 1.05rem; margin: 0; flex: 1; }
  .group-head a { color: var(--cy-accent); font-size: 0.85rem; }
  ol { list-style: none; margin: 8px 0 0; padding: 0; }
  li { border: 1px solid var(--cy-border); border-left: 4px solid transparent; border-radius: var(--cy-radius); padding: 10px 12px; margin-bottom: 8px; background: var(--cy-surface); }
  li.current { border-left-color: var(--cy-accent); box-shadow: 0 1px 6px rgb(0 0 0 / 0.12); }
  li:focus { outline: 2px solid var(--cy-focus); outline-offset: 2px; }
  .passage { margin: 0; line-height: 1.5; overflow-wrap: anywhere; }
  .passage .context { color: var(--cy-muted); }
  .passage mark { background: var(--cy-highlight, rgb(255 214 0 / 0.35)); color: inherit; padding: 0 1px; }
  .edited { margin: 6px 0 0; font-weight: 600; overflow-wrap: anywhere; }
  .similar { color: var(--cy-warn); font-size: 0.85rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; align-items: center; }
  .actions button { padding: 2px 10px; font-size: 0.85rem; }
  textarea, input.reason { width: 100%; box-sizing: border-box; margin-top: 6px; }
  textarea { field-sizing: content; min-height: 2.4em; }
  kbd { font-size: 0.8rem; }
`;
