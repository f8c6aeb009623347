import { css } from 'lit';

export const bookEditorStyles = css`
  :host { display: block; }
  .top { display: flex; flex-wrap: wrap; align-items: center; gap: var(--cy-space-2); margin-bottom: var(--cy-space-3); }
  .top h1 { flex: 1; margin: 0; font-size: 1.5rem; overflow-wrap: anywhere; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: var(--cy-space-4); }
  fieldset { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: var(--cy-space-3) 14px; margin: 0 0 var(--cy-space-4); background: var(--cy-surface); }
  legend { font-weight: 600; padding: 0 var(--cy-space-1); }
  label.field { display: grid; gap: var(--cy-space-1); margin-bottom: 10px; font-size: 0.92rem; }
  label.check { display: flex; gap: var(--cy-space-2); align-items: center; margin-bottom: var(--cy-space-2); }
  .statuses { display: flex; flex-wrap: wrap; gap: var(--cy-space-1) 14px; margin: 0 0 10px var(--cy-space-5); border: none; padding: 0; background: none; }
  .statuses legend { font-weight: 400; font-size: 0.9rem; color: var(--cy-muted); }
  ol.entries { list-style: none; padding: 0; margin: 0 0 10px; display: grid; gap: 6px; }
  ol.entries li { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: var(--cy-space-2) 10px; background: var(--cy-surface); display: grid; grid-template-columns: auto 1fr auto; gap: 6px 10px; align-items: start; }
  ol.entries li.section { background: var(--cy-surface-2); border-left: 4px solid var(--cy-accent); }
  ol.entries li.dragging { opacity: 0.5; }
  ol.entries li.drop-target { outline: 2px dashed var(--cy-accent); }
  .handle { cursor: grab; color: var(--cy-muted); user-select: none; padding-top: var(--cy-space-1); }
  .entry-main { display: grid; gap: var(--cy-space-1); min-width: 0; }
  .kind { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--cy-muted); }
  .entry-title { font-weight: 600; overflow-wrap: anywhere; }
  .entry-actions { display: flex; gap: var(--cy-space-1); }
  .entry-actions button { padding: var(--cy-space-1) var(--cy-space-2); }
  textarea { width: 100%; box-sizing: border-box; min-height: 2.6em; resize: vertical; }
  .picker-list { list-style: none; padding: 0; margin: var(--cy-space-2) 0 0; max-height: 320px; overflow: auto; display: grid; gap: var(--cy-space-1); }
  .picker-list li { display: flex; align-items: center; gap: var(--cy-space-2); justify-content: space-between; padding: var(--cy-space-1) 0; border-bottom: 1px solid var(--cy-border); }
  .picker-list span { overflow-wrap: anywhere; }
  .help { font-size: 0.88rem; }
  [role='status'].busy { color: var(--cy-accent); font-weight: 600; }
`;
