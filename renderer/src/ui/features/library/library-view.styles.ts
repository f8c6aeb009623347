import { css } from 'lit';
import { controls } from '../../styles/tokens.js';

export const libraryStyles = [
  controls,
  css`
    :host { display: flex; flex-direction: column; height: 100%; box-sizing: border-box; padding: 16px 24px 0; max-width: 1040px; margin: 0 auto; }
    .toolbar { display: flex; align-items: center; gap: 12px; margin-bottom: 8px; }
    h1 { font-size: 1.4rem; margin: 0; }
    .count { flex: 1; }
    .empty .hint { max-width: 36rem; margin: 20px auto 0; font-size: 0.85rem; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; font-size: 0.9rem; margin-bottom: 8px; }
    .filters label { display: inline-flex; gap: 6px; align-items: center; }
    .filters select { max-width: 180px; padding: 4px 6px; }
    .bulk { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 10px; margin-bottom: 8px;
      background: var(--cy-surface-2); border-radius: var(--cy-radius); }
    .bulk .tagger { display: inline-flex; gap: 4px; }
    .viewport { flex: 1; overflow-y: auto; min-height: 0; padding-bottom: 16px; }
    ul { list-style: none; padding: 0; margin: 0; position: relative; }
    li { position: absolute; left: 0; right: 0; height: 72px; display: flex; align-items: stretch; gap: 8px;
      border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); box-sizing: border-box; }
    li.selected { border-color: var(--cy-accent); background: var(--cy-surface-2); }
    li.placeholder { align-items: center; padding-left: 40px; }
    li input[type=checkbox] { margin: 0 0 0 12px; align-self: center; width: 18px; height: 18px; }
    li a { flex: 1; min-width: 0; padding: 6px 12px 6px 4px; color: inherit; text-decoration: none; display: flex; flex-direction: column; justify-content: center; gap: 2px; }
    li:hover { border-color: var(--cy-accent); }
    .title, .meta, .topics { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; flex-shrink: 0; line-height: 1.3; }
    .title { font-weight: 600; }
    .unread .title::before { content: '●'; color: var(--cy-accent); margin-right: 6px; font-size: 0.7em; vertical-align: middle; }
    .meta { color: var(--cy-muted); font-size: 0.85rem; }
    .topics { display: flex; gap: 6px; }
    .topic, .tag { font-size: 0.75rem; padding: 0 8px; border-radius: 999px; background: var(--cy-surface-2); }
    .tag { color: var(--cy-accent); }
  `,
];
