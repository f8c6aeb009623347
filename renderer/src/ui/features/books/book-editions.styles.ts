import { css } from 'lit';

export const bookEditionsStyles = css`
  :host { display: block; }
  fieldset { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 12px 14px; margin: 0 0 16px; background: var(--cy-surface); min-width: 0; }
  legend { font-weight: 600; padding: 0 4px; }
  .help { font-size: 0.88rem; }
  .all { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
  .all span { font-size: 0.88rem; }
  .edition-list { list-style: none; padding: 0; margin: 0 0 12px; display: grid; gap: 10px; }
  .edition { border: 1px solid var(--cy-border); border-left: 4px solid var(--cy-accent); border-radius: var(--cy-radius); padding: 10px 12px; background: var(--cy-surface-2); display: grid; gap: 6px; }
  .edition-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 12px; }
  .edition-head h3 { margin: 0; font-size: 1.05rem; overflow-wrap: anywhere; }
  .choices { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 8px; }
  .choices fieldset { margin: 0; padding: 6px 10px; background: var(--cy-surface); }
  .choices legend { font-weight: 400; font-size: 0.9rem; color: var(--cy-muted); }
  label.field { display: grid; gap: 4px; font-size: 0.92rem; }
  label.check { display: flex; gap: 8px; align-items: flex-start; margin: 4px 0; overflow-wrap: anywhere; }
  textarea { width: 100%; box-sizing: border-box; min-height: 3.2em; resize: vertical; }
  .edition-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
  .add { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; }
  .add label.field { flex: 1 1 220px; }
  .problem { color: var(--cy-danger); margin: 0; font-size: 0.9rem; flex-basis: 100%; }
  .problem:empty { display: none; }
`;
