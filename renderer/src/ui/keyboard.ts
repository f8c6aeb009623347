// Single-key shortcuts must never fire while the user is typing.
export function isTyping(e: Event): boolean {
  const origin = e.composedPath()[0];
  return origin instanceof HTMLElement && (origin.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(origin.tagName));
}
