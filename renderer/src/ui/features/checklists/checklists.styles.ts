// The checklist's look: the filter bar, groups, item rows with their inline fields, merge
// proposals and the name prompt.
import { css } from 'lit';

export const checklistsStyles = css`
  :host { display: block; padding: var(--cy-space-4) var(--cy-space-5); max-width: 1200px; margin: 0 auto; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: var(--cy-space-4); }
  .toolbar h1 { flex: 1 0 100%; font-size: 1.4rem; margin: 0 0 var(--cy-space-1); }
  .toolbar label { display: grid; gap: 2px; font-size: 0.85rem; color: var(--cy-muted); }
  .merge { border: 1px solid var(--cy-warn); border-radius: var(--cy-radius); padding: var(--cy-space-2) var(--cy-space-3); margin-bottom: var(--cy-space-4); background: var(--cy-surface); }
  .merge h2 { font-size: 1rem; margin: 0 0 6px; }
  .merge ul { margin: var(--cy-space-1) 0 var(--cy-space-2); }
  section.group { margin-bottom: var(--cy-space-5); }
  .group-head { display: flex; align-items: center; gap: var(--cy-space-3); }
  .group-head h2 { font-size: 1.1rem; margin: 0; }
  progress { width: 160px; }
  table { width: 100%; border-collapse: collapse; margin-top: var(--cy-space-2); table-layout: fixed; }
  /* Same column widths in every group, so the tables line up. The values' columns are sized for
     their words (a Spanish placeholder, a two-word owner) and the task takes what is left. */
  th:nth-child(1) { width: 30px; } th:nth-child(3) { width: 8.5rem; } th:nth-child(4) { width: 13rem; }
  th:nth-child(5) { width: 13rem; } th:nth-child(6) { width: 6.5rem; }
  th, td { text-align: left; padding: calc(var(--cy-space-2) - 2px) var(--cy-space-1); border-bottom: 1px solid var(--cy-border); vertical-align: top; }
  th { font-size: 0.8rem; color: var(--cy-muted); font-weight: 600; }
  td input, td select, td textarea { width: 100%; box-sizing: border-box; padding: 3px 5px; }
  td input.plain { font-size: var(--cy-step--1); }
  td.done { text-align: center; }
  td.done input { width: 18px; height: 18px; margin: 5px 0 0; accent-color: var(--cy-ok); cursor: pointer; }
  /* Task-list fields: plain text until hovered or focused, then a faint frame to type into. */
  td .plain { border: 1px solid transparent; background: transparent; color: inherit; font: inherit; border-radius: var(--cy-radius); }
  td .plain:hover { border-color: var(--cy-border); }
  td .plain:focus { border-color: var(--cy-accent); background: var(--cy-surface); }
  td .plain::placeholder { color: var(--cy-muted); opacity: 0.8; }
  td.text textarea { field-sizing: content; min-height: 1.6em; resize: none; line-height: 1.4; overflow-wrap: anywhere; }
  tr.closed td.text textarea { color: var(--cy-muted); text-decoration: line-through; }
  td select.menu { appearance: none; width: auto; max-width: 100%; padding: 1px 10px; font-size: 0.8rem; border-radius: 999px; background: var(--cy-surface-2); cursor: pointer; }
  td select.menu.status-done { background: color-mix(in srgb, var(--cy-ok) 20%, transparent); }
  td select.menu.status-blocked, td select.menu.priority-high { background: color-mix(in srgb, var(--cy-danger) 18%, transparent); }
  td select.menu.status-in-progress { background: color-mix(in srgb, var(--cy-accent) 18%, transparent); }
  .name-prompt { display: flex; flex-wrap: wrap; gap: var(--cy-space-2); align-items: center; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: var(--cy-space-2) var(--cy-space-3); margin-bottom: var(--cy-space-4); background: var(--cy-surface); }
  .name-prompt input { width: 16em; }
  .relative { font-size: 0.8rem; color: var(--cy-muted); }
  .source-date { font-size: 0.8rem; color: var(--cy-muted); }
  button.link { border: none; background: none; padding: 0 2px; color: var(--cy-accent); text-decoration: underline; cursor: pointer; font-size: inherit; }
  .relative.overdue { color: var(--cy-danger); font-weight: 600; }
  .field-error { font-size: 0.8rem; color: var(--cy-danger); margin-top: 2px; }
  input[aria-invalid='true'] { border-color: var(--cy-danger); }
  tr.target { outline: 3px solid var(--cy-focus); }
  /* Under the task, quietly: the briefs it came from, then its notes and history. */
  .meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px var(--cy-space-3); padding: 0 6px; }
  .meta details { flex: 1 1 100%; }
  .meta details:not([open]) { flex: 0 1 auto; }
  .sources { display: flex; flex-wrap: wrap; gap: 0 var(--cy-space-2); min-width: 0; }
  .sources a { color: var(--cy-accent); font-size: 0.85rem; }
  details textarea { display: block; margin-top: var(--cy-space-1); }
  details summary { cursor: pointer; font-size: 0.85rem; color: var(--cy-muted); }
  details ol { padding-left: 18px; font-size: 0.8rem; margin: var(--cy-space-1) 0; }
`;
