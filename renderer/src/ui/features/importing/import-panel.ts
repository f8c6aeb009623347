import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { BatchOptions, FileReport } from '../../../workflows/import-batch.js';
import type { BatchSource } from '../../../workflows/batch-source.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { preferences } from '../../app/preferences.js';
import { hrefFor } from '../../app/routes.js';
import { LanguageController } from '../../controllers/language.controller.js';
import { afterLibrarySettled } from '../library/startup.js';

/**
 * The import code (Readability, DOMPurify, Markdown…) is no part of the library's first rows: it
 * loads in idle time once they are drawn, or with the first import if that comes sooner.
 */
const loadImportBatch = () => import('../../../workflows/import-batch.js');

const HIDE_AFTER_MS = 8000;

/** Runs import batches one after another and shows per-file progress and the final report. */
@customElement('cy-import-panel')
export class ImportPanel extends LitElement {
  /** Outside the language-keyed main view: redraw on a language switch. */
  protected readonly languageWatch = new LanguageController(this);
  static override styles = [
    controls,
    css`
      :host { position: fixed; left: 16px; bottom: 16px; z-index: 15; width: min(520px, 92vw); }
      section { background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); box-shadow: 0 6px 24px rgb(0 0 0 / 0.2); padding: var(--cy-space-3) var(--cy-space-4); }
      header { display: flex; align-items: center; gap: var(--cy-space-2); }
      h2 { font-size: 1rem; margin: 0; flex: 1; }
      progress { width: 100%; margin: var(--cy-space-2) 0; }
      ol { list-style: none; margin: 0; padding: 0; max-height: 40vh; overflow: auto; }
      li { display: grid; grid-template-columns: 1fr auto; gap: 2px var(--cy-space-2); padding: 6px 0; border-top: 1px solid var(--cy-border); }
      .name { overflow-wrap: anywhere; }
      .reason { grid-column: 1 / -1; color: var(--cy-danger); font-size: 0.9em; }
      .notice { grid-column: 1 / -1; font-size: 0.9em; }
      li progress { grid-column: 1 / -1; margin: 2px 0; }
      .failed .status { color: var(--cy-danger); }
      .imported .status { color: var(--cy-ok); }
    `,
  ];

  @state() private reports: readonly FileReport[] = [];
  @state() private running = false;
  /** A finished report folds to its summary line when the user turns to the view, so it no longer covers it. */
  @state() private folded = false;
  private controller?: AbortController;
  private hideTimer?: number;
  private queue: Promise<void> = Promise.resolve();

  // A press anywhere else is the user moving on; the app's own navigation (opening a new brief) is not.
  private readonly onPointerDown = (event: PointerEvent) => {
    if (!this.running && this.reports.length && !event.composedPath().includes(this)) this.folded = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    afterLibrarySettled(() => void loadImportBatch());
    window.addEventListener('pointerdown', this.onPointerDown, true);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pointerdown', this.onPointerDown, true);
    super.disconnectedCallback();
  }

  private close(): void {
    this.reports = [];
    this.folded = false;
  }

  /** Queues a batch; resolves with its reports once it has run. */
  /** `pictures`: those picked with the files, for saved pages to take. */
  run(sources: BatchSource[], pictures: Pick<BatchOptions, 'pictures' | 'reportUnusedPictures'> = {}): Promise<FileReport[]> {
    return this.enqueue(async (onProgress) => {
      const controller = (this.controller = new AbortController());
      const { importBatch } = await loadImportBatch();
      const { authorName, topicLexicon } = preferences();
      return importBatch(sources, onProgress, { ...pictures, signal: controller.signal, author: authorName, lexicon: topicLexicon ?? undefined, language: currentLanguage() });
    });
  }

  /**
   * Shows the progress of a batch that is one step of a longer task (the sample book): the panel
   * reports "finished" only when the whole task is done.
   */
  follow<T>(task: (onProgress: (reports: readonly FileReport[]) => void) => Promise<T>): Promise<T> {
    return this.enqueue(task);
  }

  private enqueue<T>(task: (onProgress: (reports: readonly FileReport[]) => void) => Promise<T>): Promise<T> {
    const done = this.queue.then(async () => {
      clearTimeout(this.hideTimer);
      this.running = true;
      this.folded = false;
      try {
        return await task((r) => (this.reports = r));
      } finally {
        this.running = false;
        this.controller = undefined;
        // A clean batch tidies itself away; one with failures or notices stays until the user has read it.
        if (this.reports.every((r) => r.status !== 'failed' && !r.plainText && !r.imageNotes)) this.hideTimer = window.setTimeout(() => this.close(), HIDE_AFTER_MS);
      }
    });
    this.queue = done.then(() => undefined, () => undefined);
    return done;
  }

  private summary(): string {
    const count = (s: FileReport['status']) => this.reports.filter((r) => r.status === s).length;
    const base = t('import.summary', { imported: count('imported'), updated: count('updated'), duplicate: count('duplicate'), failed: count('failed') });
    return count('cancelled') ? base + t('import.summaryCancelled', { cancelled: count('cancelled') }) : base;
  }

  override render() {
    if (!this.reports.length) return null;
    const finished = this.reports.filter((r) => !['waiting', 'working'].includes(r.status)).length;
    // The file being imported counts with the part of it that is done, so large files move the bar.
    const partly = this.reports.reduce((sum, r) => sum + (r.status === 'working' ? (r.progress ?? 0) : 0), 0);
    return html`<section role="region" aria-label=${t('import.region')} @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && !this.running) this.close(); }}>
      <header>
        <h2>${this.running ? t('import.running', { current: Math.min(finished + 1, this.reports.length), total: this.reports.length }) : t('import.finished', { summary: this.summary() })}</h2>
        ${this.running
          ? this.controller ? html`<button @click=${() => this.controller?.abort()}>${t('import.cancel')}</button>` : nothing
          : html`<button aria-expanded=${String(!this.folded)} @click=${() => (this.folded = !this.folded)}>${t(this.folded ? 'import.showDetails' : 'import.hideDetails')}</button>
              <button @click=${() => this.close()}>${t('import.close')}</button>`}
      </header>
      ${this.folded ? nothing : this.renderDetails(finished + partly)}
    </section>`;
  }

  private renderDetails(done: number) {
    return html`<progress aria-label=${t('import.progress')} max=${this.reports.length} .value=${done}></progress>
      <ol aria-label=${t('import.files')}>
        ${this.reports.map(
          (r) => html`<li class=${r.status}>
            <span class="name">${r.briefId ? html`<a href=${hrefFor({ view: 'brief', id: r.briefId })}>${r.title ?? r.name}</a>` : r.name}</span>
            <span class="status">${t(`import.status.${r.status}`)}</span>
            ${r.status === 'working' && r.progress !== undefined
              ? html`<progress aria-label=${t('import.fileProgress', { name: r.name })} max="100" .value=${Math.round(100 * r.progress)}></progress>`
              : null}
            ${r.reason ? html`<span class="reason">${r.name}: ${r.reason}</span>` : null}
            ${r.plainText ? html`<span class="notice">${r.name}: ${t(`import.plainText.${r.plainText}`)}</span>` : null}
            ${(r.imageNotes ?? []).map((note) => html`<span class="notice">${r.name}: ${note}</span>`)}
          </li>`,
        )}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-import-panel': ImportPanel;
  }
}
