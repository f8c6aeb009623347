// Design tokens as CSS custom properties. Themes switch by `data-theme` on <html>; "system"
// (no attribute) follows prefers-color-scheme. Density switches by `data-density`.
import { css } from 'lit';
import { FONT_SANS, FONT_SERIF, fontFaces } from './fonts.js';
import { CONTRAST, DARK, LIGHT, SEPIA } from './themes.js';
import type { Density } from '../../domain/settings.js';

/**
 * The library's row pitch (row plus gap) at each density, in px. The windowed list places rows by
 * this number, and the CSS below draws them from the same one, so the two cannot disagree.
 */
export const ROW_PITCH: Record<Density, number> = { comfortable: 76, compact: 50 };

/**
 * What each density sets. Compact tightens the spacing scale itself, so every view that spaces by
 * token follows; controls' padding and list rows' pitch and layout (stacked or on one line) too.
 */
export const DENSITY_TOKENS: Record<Density, string> = {
  comfortable: `--cy-space-1: 4px; --cy-space-2: 8px; --cy-space-3: 12px; --cy-space-4: 16px; --cy-space-5: 24px; --cy-space-6: 32px; --cy-space-7: 48px;
    --cy-control-pad: 6px 10px; --cy-row-pitch: ${ROW_PITCH.comfortable}px; --cy-row-flow: column;`,
  compact: `--cy-space-1: 2px; --cy-space-2: 4px; --cy-space-3: 8px; --cy-space-4: 12px; --cy-space-5: 16px; --cy-space-6: 24px; --cy-space-7: 32px;
    --cy-control-pad: 2px 8px; --cy-row-pitch: ${ROW_PITCH.compact}px; --cy-row-flow: row;`,
};

export const themeTokens = `
${fontFaces}
:root {
  --cy-font-ui: ${FONT_SANS};
  --cy-font-read: ${FONT_SERIF};
  --cy-text-size: 18px;
  /* Type scale (a major second from 1rem) and line heights. */
  --cy-step--1: 0.875rem; --cy-step-0: 1rem; --cy-step-1: 1.125rem; --cy-step-2: 1.375rem; --cy-step-3: 1.75rem; --cy-step-4: 2.25rem;
  --cy-leading-tight: 1.25; --cy-leading: 1.5; --cy-leading-read: 1.65;
  /* Spacing scale on a 4 px grid (comfortable density); --cy-space is the base step most layouts use. */
  ${DENSITY_TOKENS.comfortable}
  --cy-space: var(--cy-space-2);
  --cy-radius-s: 4px; --cy-radius: 6px; --cy-radius-l: 10px;
  /* Elevation: resting cards, menus and popovers, dialogs. */
  --cy-shadow-1: 0 1px 2px hsl(var(--cy-shadow-color) / 0.12);
  --cy-shadow-2: 0 4px 12px hsl(var(--cy-shadow-color) / 0.16), 0 1px 3px hsl(var(--cy-shadow-color) / 0.12);
  --cy-shadow-3: 0 12px 32px hsl(var(--cy-shadow-color) / 0.22), 0 2px 6px hsl(var(--cy-shadow-color) / 0.12);
  --cy-measure: 68ch;
  ${LIGHT}
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme]) {${DARK}}
}
:root[data-density="compact"] {${DENSITY_TOKENS.compact}}
:root[data-theme="dark"] {${DARK}}
:root[data-theme="sepia"] {${SEPIA}}
:root[data-theme="contrast"] {${CONTRAST}}
html, body { margin: 0; height: 100%; background: var(--cy-bg); color: var(--cy-text); font-family: var(--cy-font-ui); }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
`;

/** Shared control styles for every component's shadow root. */
export const controls = css`
  :host { font-family: var(--cy-font-ui); color: var(--cy-text); }
  button, select, input, textarea {
    font: inherit; color: inherit; background: var(--cy-surface); border: 1px solid var(--cy-border);
    border-radius: var(--cy-radius); padding: var(--cy-control-pad);
  }
  /* Button hierarchy: primary (one per view), secondary (the default), quiet (toolbars), danger. */
  button { cursor: pointer; display: inline-flex; align-items: center; gap: var(--cy-space-1); }
  /* .is-hover and .is-focus let the component catalogue show those states with the real rules. */
  button:hover:not(:disabled), button.is-hover { background: var(--cy-surface-2); }
  button.primary { background: var(--cy-accent); color: var(--cy-accent-text); border-color: var(--cy-accent); }
  button.primary:hover:not(:disabled) { background: var(--cy-accent); filter: brightness(1.1); }
  button.quiet { background: transparent; border-color: transparent; }
  button.quiet:hover:not(:disabled), button.quiet.is-hover, button.quiet[aria-pressed='true'] { background: var(--cy-surface-2); }
  button[aria-busy='true'] { cursor: progress; }
  [aria-invalid='true'] { border-color: var(--cy-danger); }
  button.danger { color: var(--cy-danger); }
  button.danger.primary { background: var(--cy-danger); border-color: var(--cy-danger); color: var(--cy-danger-text); }
  button:disabled { opacity: 0.55; cursor: default; }
  svg.icon { width: 1.1em; height: 1.1em; flex: none; }
  :focus-visible, .is-focus { outline: 3px solid var(--cy-focus); outline-offset: 2px; }
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
