// Notes in the margin: when the window is at least MARGIN_MIN_WIDTH wide, each annotation's note
// sits level with its highlight, as in a document editor. The controller measures where the
// highlights are and hands those places to the sidebar, which stacks its notes. Narrower windows
// keep the notes in a drawer beside the text.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnnotationSidebar } from './annotation-sidebar.js';

/** Kept equal to the breakpoint in reader-layout.styles.ts. */
export const MARGIN_MIN_WIDTH = 1280;

export class MarginNotesController implements ReactiveController {
  /** Whether the window is wide enough for notes in the margin. */
  wide = false;
  private media?: MediaQueryList;
  private resize?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: { body: () => HTMLElement | null | undefined; sidebar: () => AnnotationSidebar | undefined },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = matchMedia(`(min-width: ${MARGIN_MIN_WIDTH}px)`);
    this.wide = this.media.matches;
    this.media.addEventListener('change', this.onWidth);
    // The text reflows when the window, the text size or a picture's size changes.
    this.resize = new ResizeObserver(() => this.schedule());
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onWidth);
    this.resize?.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    const body = this.parts.body();
    if (body && body !== this.observed) {
      this.resize?.disconnect();
      this.resize?.observe(body);
      this.observed = body;
    }
    this.schedule();
  }

  private onWidth = (): void => {
    this.wide = this.media?.matches ?? false;
    this.host.requestUpdate();
  };

  /** Measures once per frame, after the text and the sidebar have both rendered. */
  schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  }

  private place(): void {
    const sidebar = this.parts.sidebar();
    const body = this.parts.body();
    if (!sidebar) return;
    if (!this.wide || !body) {
      sidebar.placeBeside(undefined);
      return;
    }
    const tops = new Map<string, number>();
    for (const mark of body.querySelectorAll<HTMLElement>('mark.cy-hl[data-ids]')) {
      const ids = (mark.dataset.ids ?? '').split(' ').filter((id) => id && !id.startsWith('item:') && !tops.has(id));
      if (!ids.length) continue;
      const top = mark.getBoundingClientRect().top;
      for (const id of ids) tops.set(id, top);
    }
    sidebar.placeBeside(tops);
  }
}
