import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Brief } from '../../../domain/types.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { saveBriefMarkdown } from '../../../workflows/edit-brief.js';
import { controls } from '../../styles/tokens.js';
import { articleStyles } from './article.styles.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { failureMessage } from '../../storage-message.js';
import type { EditConflictDialog } from './edit-conflict-dialog.js';
import { BriefImages } from './brief-images.js';
import './edit-conflict-dialog.js';

/**
 * Edits a brief's Markdown beside a live preview; saving re-anchors its annotations and items.
 * The save carries the revision the draft started from, so a newer text saved meanwhile (another
 * window, an import) is never overwritten without the user choosing to.
 */
@customElement('cy-brief-editor')
export class BriefEditor extends LitElement {
  static override styles = [
    controls,
    articleStyles,
    css`
      :host { display: block; }
      .panes { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
      textarea { width: 100%; box-sizing: border-box; min-height: 70vh; font-family: ui-monospace, monospace; font-size: 0.9rem; line-height: 1.5; }
      .preview { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 0 16px; max-height: 70vh; overflow: auto; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-bottom: 8px; }
      .changed { font-family: var(--cy-font-ui); border-left: 3px solid var(--cy-focus); padding: 4px 10px; margin: 0 0 8px; }
    `,
  ];

  @property({ attribute: false }) brief!: Brief;
  @state() private draft = '';
  @state() private saving = false;
  @query('.preview .body') private preview?: HTMLElement;
  @query('cy-edit-conflict-dialog') private conflictDialog!: EditConflictDialog;
  private previewTimer?: number;
  /** The preview shows the brief's stored pictures as the reader does. */
  private readonly images = new BriefImages();
  /** The saved text the draft started from; `brief` itself follows the library live. */
  private base = { revision: 0, markdown: '' };

  override connectedCallback(): void {
    super.connectedCallback();
    this.draft = this.brief.markdown;
    this.base = { revision: this.brief.revision, markdown: this.brief.markdown };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    this.images.revoke();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('cy-editor-close', { bubbles: true, composed: true }));
  }

  private async save(): Promise<void> {
    this.saving = true;
    try {
      await this.saveOver(this.base.revision);
    } catch (error) {
      // The editor stays open with the draft, so nothing typed is lost.
      emit(this, 'cy-toast', { kind: 'error', message: t('editor.failed', { reason: failureMessage(error) }) });
    } finally {
      this.saving = false;
    }
  }

  private async saveOver(revision: number): Promise<void> {
    const saved = await saveBriefMarkdown(this.brief.id, this.draft, revision);
    if (saved.status === 'saved') {
      const counts = saved.annotations;
      emit(this, 'cy-toast', { kind: counts.orphaned ? 'info' : 'success', message: t('editor.saved', { moved: counts.moved, orphaned: counts.orphaned }) });
      this.close();
      return;
    }
    const choice = await this.conflictDialog.ask(this.draft, saved.theirs.markdown);
    if (choice === 'mine') await this.saveOver(saved.theirs.revision);
    else if (choice === 'theirs') {
      emit(this, 'cy-toast', { kind: 'info', message: t('conflict.keptTheirs') });
      this.close();
    }
    // No choice: back to the draft, still based on the old text, so the next save asks again.
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLTextAreaElement).value;
    clearTimeout(this.previewTimer);
    this.previewTimer = window.setTimeout(() => void this.renderPreview(), 200);
  }

  private async renderPreview(): Promise<void> {
    const draft = this.draft;
    const rendered = await renderMarkdownAsync(draft);
    // A preview that arrives after more typing is stale: the newer one is on its way.
    if (draft !== this.draft || !this.preview) return;
    this.preview.replaceChildren(toFragment(rendered.html));
    this.images.revoke();
    await this.images.show(this.preview, this.brief.id, { notIncluded: t('reader.imageNotIncluded'), leftOut: t('reader.imageLeftOut') });
  }

  protected override firstUpdated(): void {
    void this.renderPreview();
    this.renderRoot.querySelector('textarea')?.focus();
  }

  override render() {
    return html`<section aria-label=${t('editor.title')}>
      <div class="actions">
        <button @click=${() => this.close()}>${t('common.cancel')}</button>
        <button class="primary" ?disabled=${this.saving || this.draft === this.base.markdown} @click=${() => void this.save()}>${t('editor.save')}</button>
      </div>
      ${this.brief.revision !== this.base.revision ? html`<p class="changed" role="status">${t('editor.changedElsewhere')}</p>` : null}
      <div class="panes">
        <label><span class="visually-hidden">${t('editor.markdown')}</span>
          <textarea .value=${this.draft} @input=${this.onInput} aria-label=${t('editor.markdown')}></textarea>
        </label>
        <article class="preview" aria-label=${t('editor.preview')}><div class="body"></div></article>
      </div>
      <cy-edit-conflict-dialog></cy-edit-conflict-dialog>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-brief-editor': BriefEditor;
  }
  interface HTMLElementEventMap {
    'cy-editor-close': CustomEvent<void>;
  }
}
