import { css } from 'lit';
import { controls } from '../../styles/tokens.js';

/** A library row: title with its read state, then source and date, open items and topics. */
export const rowStyles = css`
    li { position: absolute; left: 0; right: 0; height: calc(var(--cy-row-pitch) - 4px); display: flex; align-items: stretch; gap: var(--cy-space-2);
      border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); box-sizing: border-box; }
    li.selected { border-color: var(--cy-accent); background: var(--cy-surface-2); }
    li.placeholder { align-items: center; padding-left: 40px; }
    li input[type=checkbox] { margin: 0 0 0 var(--cy-space-3); align-self: center; width: 18px; height: 18px; }
    li a { flex: 1; min-width: 0; padding: var(--cy-space-1) var(--cy-space-3) var(--cy-space-1) var(--cy-space-1); color: inherit; text-decoration: none; display: flex; flex-direction: column; justify-content: center; gap: 2px; }
    /* Source and date over open items and topics when comfortable; all on one line when compact. */
    .details { display: flex; flex-direction: var(--cy-row-flow); gap: 2px var(--cy-space-3); min-width: 0; }
    .details > *, .extras > * { min-width: 0; }
    .details > .meta, .extras > .topics { flex-shrink: 1; }
    .extras { display: flex; gap: var(--cy-space-3); align-items: center; min-width: 0; }
    li:hover { border-color: var(--cy-accent); }
    .title, .meta, .topics, .open { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex-shrink: 0; line-height: 1.3; }
    .title { font-weight: 600; }
    /* Read state at a glance: a filled dot for unread, a ring for one being read, nothing once read. */
    .state { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: var(--cy-space-2); vertical-align: middle; border: 2px solid var(--cy-accent); box-sizing: border-box; }
    .unread .state { background: var(--cy-accent); }
    .open { display: inline-flex; align-items: center; gap: var(--cy-space-1); font-size: 0.8rem; color: var(--cy-text); flex-shrink: 0; }
    .meta { color: var(--cy-muted); font-size: 0.85rem; }
    /* A brief's handling level, as its portion mark: quiet, but never mistaken for the source. */
    .meta .level { font-size: 0.72rem; font-weight: 600; letter-spacing: 0.03em; border: 1px solid var(--cy-border); border-radius: 4px; padding: 0 4px; margin-inline-end: 4px; }
    .topics { display: flex; gap: var(--cy-space-1); }
    .topic, .tag { font-size: 0.75rem; padding: 0 var(--cy-space-2); border-radius: 999px; background: var(--cy-surface-2); }
    .tag { color: var(--cy-accent); }
`;

export const libraryStyles = [
  controls,
  css`
    :host { display: flex; flex-direction: column; height: 100%; box-sizing: border-box; padding: var(--cy-space-4) var(--cy-space-5) 0; max-width: 1040px; margin: 0 auto; }
    .toolbar { display: flex; align-items: center; gap: var(--cy-space-3); margin-bottom: var(--cy-space-2); }
    h1 { font-size: 1.4rem; margin: 0; }
    .count { flex: 1; }
    .empty .hint { max-width: 36rem; margin: 20px auto 0; font-size: 0.85rem; }
    .filters { display: flex; flex-wrap: wrap; gap: var(--cy-space-2) var(--cy-space-4); align-items: center; font-size: 0.9rem; margin-bottom: var(--cy-space-2); }
    .filters label { display: inline-flex; gap: 6px; align-items: center; }
    .filters select { max-width: 180px; }
    .bulk { display: flex; flex-wrap: wrap; gap: var(--cy-space-2); align-items: center; padding: var(--cy-space-2) var(--cy-space-3); margin-bottom: var(--cy-space-2);
      background: var(--cy-surface-2); border-radius: var(--cy-radius); }
    .bulk .tagger { display: inline-flex; gap: 4px; }
    .viewport { flex: 1; overflow-y: auto; min-height: 0; padding-bottom: var(--cy-space-4); }
    ul { list-style: none; padding: 0; margin: 0; position: relative; }
  `,
  rowStyles,
];
