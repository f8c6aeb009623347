// The shell's look: header with navigation, search and import; the scrolling main pane; the
// storage problem banner and the drop target shown while files are dragged over the window.
import { css } from 'lit';

export const appRootStyles = css`
  :host { display: grid; grid-template-rows: auto 1fr; height: 100vh; }
  /* In a narrow window (or with longer Spanish names) search and import move together to a
     second row rather than pushing the header wider than the window. */
  header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 16px; border-bottom: 1px solid var(--cy-border); background: var(--cy-surface); }
  .brand { font-weight: 700; letter-spacing: 0.04em; margin-right: 4px; }
  nav { display: flex; gap: 2px; }
  nav button { border: none; background: transparent; white-space: nowrap; padding-inline: 8px; }
  nav button[aria-current='page'] { background: var(--cy-surface-2); font-weight: 600; }
  nav .count { display: inline-block; min-width: 1.4em; margin-left: 4px; padding: 0 5px; border-radius: 999px; background: var(--cy-accent); color: var(--cy-on-accent, #fff); font-size: 0.75rem; font-weight: 600; text-align: center; }
  .tools { flex: 1 1 18rem; display: flex; align-items: center; gap: 8px; }
  .search { flex: 1 1 10rem; min-width: 10rem; display: flex; justify-content: center; }
  main { overflow: auto; }
  main:focus { outline: none; }
  .storage-problem { margin: 12px 16px; padding: 12px 16px; border: 2px solid var(--cy-danger); border-radius: var(--cy-radius); background: var(--cy-surface); }
  .storage-problem h2 { margin: 0 0 6px; font-size: 1.05rem; color: var(--cy-danger); }
  .drop { position: fixed; inset: 0; display: grid; place-items: center; background: rgb(31 78 121 / 0.15); border: 4px dashed var(--cy-accent); font-size: 1.4rem; z-index: 30; pointer-events: none; }
`;
