// Where the reader is in a brief: saves how far they have scrolled (and marks the brief read near
// the end), and on opening goes to the URL's target or back to the remembered place, holding it
// while the page still grows. The scroller is the host's parent, the app's main pane.
import type { ReactiveController, ReactiveElement } from 'lit';
import { setReadProgress, setReadState } from '../../../data/briefs.js';
import type { BriefRecord } from '../../../domain/types.js';

/** Scroll target from the URL: an annotation, a checklist item or a search term. */
export interface ReadingTarget {
  annotation?: string;
  item?: string;
  q?: string;
}

export interface ReadingPositionOptions {
  /** The open brief's record, once read. */
  brief(): BriefRecord | undefined;
  showAnnotation(id: string): void;
  showItem(id: string): void;
  find(query: string): void;
}

/** How long scrolling must rest before the position is saved. */
const SAVE_DELAY_MS = 400;

export class ReadingPositionController implements ReactiveController {
  /** The brief whose position is being followed; scrolls before it is restored are not saved. */
  private restoredFor = '';
  private scrolledTo = '';
  private releaseHold?: () => void;
  private saveTimer?: number;

  constructor(private readonly host: ReactiveElement, private readonly options: ReadingPositionOptions) {
    host.addController(this);
  }

  get scroller(): HTMLElement | null {
    return this.host.parentElement;
  }

  hostConnected(): void {
    this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.releaseHold?.();
  }

  private readonly onScroll = (): void => {
    const el = this.scroller;
    const b = this.options.brief();
    if (!el || !b || this.restoredFor !== b.id) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const max = el.scrollHeight - el.clientHeight;
      const progress = max > 0 ? Math.min(1, el.scrollTop / max) : 1;
      void setReadProgress(b.id, progress);
      if (progress > 0.9 && b.readState !== 'read') void setReadState(b.id, 'read');
    }, SAVE_DELAY_MS);
  };

  /** Once per brief and target: goes to the target, or to where the reader left off. */
  restore(b: BriefRecord, target: ReadingTarget): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const targetKey = `${b.id}|${target.annotation ?? ''}|${target.item ?? ''}|${target.q ?? ''}`;
    if (this.scrolledTo === targetKey) return;
    this.scrolledTo = targetKey;
    this.restoredFor = b.id;
    if (b.readState === 'unread') void setReadState(b.id, 'reading');
    if (target.annotation) return this.options.showAnnotation(target.annotation);
    if (target.item) return this.options.showItem(target.item);
    if (target.q) return this.options.find(target.q);
    this.hold(scroller, b.readProgress > 0 && b.readProgress < 1 ? b.readProgress : 0);
  }

  /**
   * Scrolls to a remembered reading position and keeps it while the page is still growing (fonts,
   * highlights, sidebars settling), until the reader scrolls somewhere else.
   */
  private hold(scroller: HTMLElement, progress: number): void {
    let expected = 0;
    const apply = () => {
      scroller.scrollTop = progress * (scroller.scrollHeight - scroller.clientHeight);
      expected = scroller.scrollTop;
    };
    const resize = new ResizeObserver(apply);
    // Any scroll we did not make (keyboard, wheel, scrollbar) means the reader has taken over.
    const onScroll = () => {
      if (Math.abs(scroller.scrollTop - expected) > 2) release();
    };
    const release = () => {
      resize.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    resize.observe(scroller.firstElementChild ?? scroller);
    apply();
    this.releaseHold?.();
    this.releaseHold = release;
  }
}
