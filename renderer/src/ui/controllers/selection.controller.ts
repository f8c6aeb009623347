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
    if (!root || !selection || !selection.rangeCount || !shadowRoot) return null;
    // A mouse selection inside a shadow root reports isCollapsed with its anchor retargeted to the
    // document, so only the composed range tells whether (and what) text is selected.
    const [composed] = selection.getComposedRanges({ shadowRoots: [shadowRoot] });
    if (!composed || composed.collapsed) return null;
    const range = clampedTo(root, composed);
    if (!range) return null;
    const offsets = offsetsFromRange(root, range);
    if (!offsets) return null;
    // A double-click or drag often takes a space at either end: the highlight is of the words.
    const text = range.toString();
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (lead === text.length) return null;
    return { start: offsets.start + lead, end: offsets.end - trail, rect: range.getBoundingClientRect() };
  }
}

/**
 * The part of a selection that lies inside root. A composed range is ordered, so an end past root
 * (a drag into the margin or the sidebar) clamps to root's end, and a start before it (a drag
 * from the title) to root's start. A selection around all of root is not a text selection.
 */
function clampedTo(root: HTMLElement, selected: StaticRange): Range | null {
  const startsInside = root.contains(selected.startContainer);
  const endsInside = root.contains(selected.endContainer);
  if (!startsInside && !endsInside) return null;
  const range = document.createRange();
  if (startsInside) range.setStart(selected.startContainer, selected.startOffset);
  else range.setStart(root, 0);
  if (endsInside) range.setEnd(selected.endContainer, selected.endOffset);
  else range.setEnd(root, root.childNodes.length);
  return range.collapsed ? null : range;
}
