// A view that went away (a deleted brief, say) took the focus with it: the focus starts again at
// the main pane, so keyboard users are never left on the page as a whole.

/** Hands the focus to `main` if nothing holds it, for this once. */
export function keepFocus(main: HTMLElement | null): void {
  if (document.activeElement !== document.body && document.activeElement !== null) return;
  if (!main) return;
  // Focusable only for this hand-over: a lasting tabindex would make every click on plain text
  // focus <main>, and the next Tab would jump to the view's first control instead of the next one.
  main.tabIndex = -1;
  const release = () => { main.removeAttribute('tabindex'); main.removeEventListener('blur', release); main.removeEventListener('pointerdown', release); };
  main.addEventListener('blur', release);
  main.addEventListener('pointerdown', release);
  main.focus({ preventScroll: true });
}
