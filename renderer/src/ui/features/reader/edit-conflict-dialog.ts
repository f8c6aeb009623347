import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';

export type ConflictChoice = 'mine' | 'theirs';

/**
 * Asked when a save finds the brief's text changed since editing began: keep mine, keep theirs,
 * or see both side by side first. Closing it returns to the editor with the draft untouched.
 */
@customElement('cy-edit-conflict-dialog')
export class EditConflictDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 560px; }
      dialog.both { width: min(1100px, 96vw); }
      .both-panes { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
      .both-panes label { display: grid; gap: 4px; font-weight: 600; }
      textarea { min-height: 45vh; font-family: ui-monospace, monospace; font-size: 0.85rem; font-weight: normal; }
    `,
  ];

  @state() private mine = '';
  @state() private theirs = '';
  @state() private showBoth = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (choice: ConflictChoice | null) => void;

  /** Resolves with the text to keep, or null when the user goes back to editing. */
  async ask(mine: string, theirs: string): Promise<ConflictChoice | null> {
    this.mine = mine;
    this.theirs = theirs;
    this.showBoth = false;
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(choice: ConflictChoice | null): void {
    this.dialog.close();
    this.resolve?.(choice);
    this.resolve = undefined;
  }

  override render() {
    return html`<dialog class=${this.showBoth ? 'both' : ''} aria-labelledby="conflict-title" aria-describedby="conflict-body"
      @cancel=${(e: Event) => { e.preventDefault(); this.finish(null); }}>
      <h2 id="conflict-title">${t('conflict.title')}</h2>
      <p id="conflict-body">${t('conflict.body')}</p>
      ${this.showBoth
        ? html`<div class="both-panes">
            <label>${t('conflict.mine')}<textarea readonly .value=${this.mine}></textarea></label>
            <label>${t('conflict.theirs')}<textarea readonly .value=${this.theirs}></textarea></label>
          </div>`
        : null}
      <div class="actions">
        <button @click=${() => this.finish(null)}>${t('conflict.back')}</button>
        ${this.showBoth ? null : html`<button @click=${() => (this.showBoth = true)}>${t('conflict.seeBoth')}</button>`}
        <button @click=${() => this.finish('theirs')}>${t('conflict.keepTheirs')}</button>
        <button class="primary" @click=${() => this.finish('mine')}>${t('conflict.keepMine')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-edit-conflict-dialog': EditConflictDialog;
  }
}
