// Design tokens as CSS custom properties. Themes switch by `data-theme` on <html>; "system"
// (no attribute) follows prefers-color-scheme.
import { css } from 'lit';
import { FONT_SANS, FONT_SERIF, fontFaces } from './fonts.js';

// One dark palette, used both when the system asks for it and when the user picks it.
const DARK = `
  --cy-bg: #161616; --cy-surface: #1f1f1f; --cy-surface-2: #2a2a2a; --cy-text: #ecece8; --cy-muted: #b4b4ae;
  --cy-border: #44443f; --cy-accent: #8cc2ff; --cy-accent-text: #0b1a2a; --cy-focus: #8cc2ff; --cy-danger: #ff8f8f;
  --cy-ok: #7fd49b; --cy-warn: #ffc766;
  --cy-hl-yellow: #6b5d00; --cy-hl-green: #24522b; --cy-hl-blue: #1f3f66; --cy-hl-pink: #66243f;
  color-scheme: dark;
`;

export const themeTokens = `
${fontFaces}
:root {
  --cy-font-ui: ${FONT_SANS};
  --cy-font-read: ${FONT_SERIF};
  --cy-radius: 6px;
  --cy-space: 8px;
  --cy-text-size: 18px;
  --cy-bg: #fbfbfa; --cy-surface: #ffffff; --cy-surface-2: #f1f1ee; --cy-text: #1c1c1a; --cy-muted: #5b5b57;
  --cy-border: #d6d6d0; --cy-accent: #1f4e79; --cy-accent-text: #ffffff; --cy-focus: #0b62d6; --cy-danger: #a4262c;
  --cy-ok: #1d6b3a; --cy-warn: #8a5a00;
  --cy-hl-yellow: #fff0a6; --cy-hl-green: #c9f0c9; --cy-hl-blue: #cfe4ff; --cy-hl-pink: #ffd3e6;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) {${DARK}}
}
:root[data-theme="dark"] {${DARK}}
:root[data-theme="sepia"] {
  --cy-bg: #f4ecd8; --cy-surface: #fbf5e6; --cy-surface-2: #ece1c6; --cy-text: #3b2f1e; --cy-muted: #5e4d33;
  --cy-border: #d3c39e; --cy-accent: #7a4a12; --cy-accent-text: #ffffff; --cy-focus: #7a4a12;
}
html, body { margin: 0; height: 100%; background: var(--cy-bg); color: var(--cy-text); font-family: var(--cy-font-ui); }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
`;

/** Shared control styles for every component's shadow root. */
export const controls = css`
  :host { font-family: var(--cy-font-ui); color: var(--cy-text); }
  button, select, input, textarea {
    font: inherit; color: inherit; background: var(--cy-surface); border: 1px solid var(--cy-border);
    border-radius: var(--cy-radius); padding: 6px 10px;
  }
  button { cursor: pointer; }
  button.primary { background: var(--cy-accent); color: var(--cy-accent-text); border-color: var(--cy-accent); }
  button.danger { color: var(--cy-danger); }
  button:disabled { opacity: 0.55; cursor: default; }
  :focus-visible { outline: 3px solid var(--cy-focus); outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .muted { color: var(--cy-muted); }
  .empty { text-align: center; padding: 48px 16px; color: var(--cy-muted); }
  .empty h2 { color: var(--cy-text); }
`;

/** Modal dialogs (native <dialog>: focus is trapped while open and restored on close). */
export const dialogStyles = css`
  dialog { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); color: var(--cy-text); width: min(var(--cy-dialog-width, 520px), 92vw); }
  dialog::backdrop { background: rgb(0 0 0 / 0.35); }
  .actions { display: flex; gap: 8px; justify-content: flex-end; align-items: center; margin-top: 12px; }
`;
