// Tracks the user's text selection inside one element of a shadow root, as character offsets
// into that element's text.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { offsetsFromRange } from '../../rendering/text-offsets.js';

export interface TextSelection {
  start: number;
  end: number;
  rect: DOMRect;
}

export class SelectionController implements ReactiveController {
  value: TextSelection | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.onChange);
  }

  clear(): void {
    document.getSelection()?.removeAllRanges();
    this.value = null;
    this.host.requestUpdate();
  }

  /**
   * Re-reads the selection now: `selectionchange` is delivered asynchronously, so a key pressed
   * right after a programmatic or keyboard selection must not rely on the last event.
   */
  refresh(): TextSelection | null {
    this.onChange();
    return this.value;
  }

  private readonly onChange = (): void => {
    const next = this.read();
    if (next?.start === this.value?.start && next?.end === this.value?.end) return;
    this.value = next;
    this.host.requestUpdate();
  };

  private read(): TextSelection | null {
    const root = this.container();
    const selection = document.getSelection();
    const shadowRoot = this.host.shadowRoot;
    if (!root || !selection || selection.isCollapsed || !shadowRoot) return null;
    // getComposedRanges sees into the shadow root; plain getRangeAt would be retargeted to the host.
    const [staticRange] = selection.getComposedRanges({ shadowRoots: [shadowRoot] });
    if (!staticRange) return null;
    const range = document.createRange();
    range.setStart(staticRange.startContainer, staticRange.startOffset);
    range.setEnd(staticRange.endContainer, staticRange.endOffset);
    const offsets = offsetsFromRange(root, range);
    if (!offsets) return null;
    return { ...offsets, rect: range.getBoundingClientRect() };
  }
}
