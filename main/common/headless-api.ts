// `window.chanceryHeadless`: the automation surface of renderer/headless.html, a page only the
// headless Chromium host loads (never the desktop app), so CLI commands can read and write the
// profile's IndexedDB through the renderer's own repositories.
import type { AnnotationMode } from '../../renderer/src/domain/types.js';

export interface BookSummary {
  id: string;
  title: string;
}

export interface NewBookRequest {
  title: string;
  /** 'all' live briefs in import order, or brief ids in the order given. */
  briefs: 'all' | string[];
  marking?: string;
  annotations?: AnnotationMode;
}

export interface NewBookResult extends BookSummary {
  /** Requested brief ids that are not in the library. */
  missing: string[];
  briefCount: number;
}

export interface ChanceryHeadlessApi {
  findBook(idOrTitle: string): Promise<BookSummary | null>;
  createBook(request: NewBookRequest): Promise<NewBookResult>;
}

declare global {
  interface Window {
    chanceryHeadless?: ChanceryHeadlessApi;
  }
}
