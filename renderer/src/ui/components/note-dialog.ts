import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { t } from '../i18n/index.js';

export interface NoteDraft {
  note: string;
  tags: string[];
}

/** Modal editor for an annotation's Markdown note and tags. Native <dialog> traps focus and restores it on close. */
@customElement('cy-note-dialog')
export class NoteDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 560px; }
      form { display: grid; gap: 10px; }
      textarea { min-height: 140px; resize: vertical; }
      blockquote { margin: 0; padding-left: 10px; border-left: 3px solid var(--cy-border); color: var(--cy-muted); max-height: 6em; overflow: auto; }
    `,
  ];

  @state() private quote = '';
  @state() private draft: NoteDraft = { note: '', tags: [] };
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (value: NoteDraft | null) => void;

  /** Opens the dialog; resolves with the edited note and tags, or null when cancelled. */
  async edit(quote: string, initial: NoteDraft, focus: 'note' | 'tags' = 'note'): Promise<NoteDraft | null> {
    this.quote = quote;
    this.draft = initial;
    // live() compares with what the fields hold now, so the last dialog's typing never carries over.
    this.requestUpdate();
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>(focus === 'tags' ? '#tags' : '#note')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(value: NoteDraft | null): void {
    this.dialog.close();
    this.resolve?.(value);
    this.resolve = undefined;
  }

  private submit(e: Event): void {
    e.preventDefault();
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>('#note')!.value;
    const tags = this.renderRoot.querySelector<HTMLInputElement>('#tags')!.value.split(',').map((s) => s.trim()).filter(Boolean);
    this.finish({ note, tags: [...new Set(tags)] });
  }

  override render() {
    return html`<dialog aria-labelledby="note-title" @cancel=${(e: Event) => { e.preventDefault(); this.finish(null); }}>
      <form @submit=${this.submit}>
        <h2 id="note-title">${t('note.title')}</h2>
        <blockquote>${this.quote}</blockquote>
        <label for="note">${t('note.label')}</label>
        <textarea id="note" .value=${live(this.draft.note)}></textarea>
        <label for="tags">${t('note.tags')}</label>
        <input id="tags" .value=${live(this.draft.tags.join(', '))} />
        <div class="actions">
          <button type="button" @click=${() => this.finish(null)}>${t('common.cancel')}</button>
          <button type="submit" class="primary">${t('common.save')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-note-dialog': NoteDialog;
  }
}
