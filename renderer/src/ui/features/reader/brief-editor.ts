import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Brief } from '../../../domain/types.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { saveBriefMarkdown } from '../../../workflows/edit-brief.js';
import { controls } from '../../styles/tokens.js';
import { articleStyles } from './article.styles.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';

/** Edits a brief's Markdown beside a live preview; saving re-anchors its annotations and items. */
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
    `,
  ];

  @property({ attribute: false }) brief!: Brief;
  @state() private draft = '';
  @state() private saving = false;
  @query('.preview .body') private preview?: HTMLElement;
  private previewTimer?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.draft = this.brief.markdown;
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('cy-editor-close', { bubbles: true, composed: true }));
  }

  private async save(): Promise<void> {
    this.saving = true;
    try {
      const { annotations: counts } = await saveBriefMarkdown(this.brief.id, this.draft);
      emit(this, 'cy-toast', { kind: counts.orphaned ? 'info' : 'success', message: t('editor.saved', { moved: counts.moved, orphaned: counts.orphaned }) });
      this.close();
    } catch (error) {
      emit(this, 'cy-toast', { kind: 'error', message: t('editor.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      this.saving = false;
    }
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
    if (draft === this.draft) this.preview?.replaceChildren(toFragment(rendered.html));
  }

  protected override firstUpdated(): void {
    void this.renderPreview();
    this.renderRoot.querySelector('textarea')?.focus();
  }

  override render() {
    return html`<section aria-label=${t('editor.title')}>
      <div class="actions">
        <button @click=${() => this.close()}>${t('common.cancel')}</button>
        <button class="primary" ?disabled=${this.saving || this.draft === this.brief.markdown} @click=${() => void this.save()}>${t('editor.save')}</button>
      </div>
      <div class="panes">
        <label><span class="visually-hidden">${t('editor.markdown')}</span>
          <textarea .value=${this.draft} @input=${this.onInput} aria-label=${t('editor.markdown')}></textarea>
        </label>
        <article class="preview" aria-label=${t('editor.preview')}><div class="body"></div></article>
      </div>
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
