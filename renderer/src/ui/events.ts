// Typed events, declared once. All bubble and cross shadow roots.
import type { PickedBatch } from '../workflows/picked-files.js';

export interface ToastDetail {
  message: string;
  kind?: 'info' | 'success' | 'error';
  /** An undo or follow-up action offered beside the message. */
  action?: { label: string; run: () => void | Promise<void> };
  /** A toast with the same key replaces the one before it: a run of edits shows one toast, not a pile. */
  key?: string;
}

export interface ChanceryEvents {
  /** Files to import; pictures picked with them go to the saved pages that show them. */
  'cy-import-request': Pick<PickedBatch, 'sources'> & Partial<PickedBatch>;
  'cy-toast': ToastDetail;
}

export function emit<K extends keyof ChanceryEvents>(from: EventTarget, type: K, detail: ChanceryEvents[K]): void {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'cy-import-request': CustomEvent<ChanceryEvents['cy-import-request']>;
    'cy-toast': CustomEvent<ChanceryEvents['cy-toast']>;
  }
}
