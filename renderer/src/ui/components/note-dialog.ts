import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { t } from '../i18n/index.js';
import { storeThenClose } from './store-then-close.js';

export interface NoteDraft {
  note: string;
  tags: string[];
}

/**
 * Modal editor for an annotation's Markdown note and tags. Native <dialog> traps focus and
 * restores it on close. It closes only once the note is stored: when the write fails, it stays
 * open with what was typed and says why.
 */
@customElement('cy-note-dialog')
export class NoteDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 560px; }
      form { display: grid; gap: 10px; }
      textarea { min-height: 140px; resize: vertical; }
      .failure { color: var(--cy-danger); margin: 0; }
      blockquote { margin: 0; padding-left: 10px; border-left: 3px solid var(--cy-border); color: var(--cy-muted); max-height: 6em; overflow: auto; }
    `,
  ];

  @state() private quote = '';
  @state() private draft: NoteDraft = { note: '', tags: [] };
  @state() failure = '';
  @state() saving = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (saved: boolean) => void;
  private store: (draft: NoteDraft) => Promise<unknown> = async () => undefined;

  /** Opens the dialog; `save` stores the edited note and tags. Resolves true once saved, false when cancelled. */
  async edit(quote: string, initial: NoteDraft, save: (draft: NoteDraft) => Promise<unknown>, focus: 'note' | 'tags' = 'note'): Promise<boolean> {
    this.quote = quote;
    this.draft = initial;
    this.store = save;
    this.failure = '';
    // live() compares with what the fields hold now, so the last dialog's typing never carries over.
    this.requestUpdate();
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>(focus === 'tags' ? '#tags' : '#note')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(saved: boolean): void {
    this.dialog.close();
    this.resolve?.(saved);
    this.resolve = undefined;
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>('#note')!.value;
    const tags = this.renderRoot.querySelector<HTMLInputElement>('#tags')!.value.split(',').map((s) => s.trim()).filter(Boolean);
    // What was typed becomes the dialog's state, so a failed save redraws with it, not without it.
    this.draft = { note, tags: [...new Set(tags)] };
    await storeThenClose(this, () => this.store(this.draft), () => this.finish(true));
  }

  override render() {
    return html`<dialog aria-labelledby="note-title" @cancel=${(e: Event) => { e.preventDefault(); this.finish(false); }}>
      <form @submit=${(e: Event) => void this.submit(e)}>
        <h2 id="note-title">${t('note.title')}</h2>
        <blockquote>${this.quote}</blockquote>
        <label for="note">${t('note.label')}</label>
        <textarea id="note" .value=${live(this.draft.note)}></textarea>
        <label for="tags">${t('note.tags')}</label>
        <input id="tags" .value=${live(this.draft.tags.join(', '))} />
        ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : null}
        <div class="actions">
          <button type="button" @click=${() => this.finish(false)}>${t('common.cancel')}</button>
          <button type="submit" class="primary" ?disabled=${this.saving}>${t('common.save')}</button>
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
