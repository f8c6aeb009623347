// Asks why a selection is redacted: a common reason or one typed in. Native <dialog> traps focus
// and restores it on close; Escape cancels.
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../../styles/tokens.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { MAX_REASON } from '../../../domain/redaction/rules.js';
import { storeThenClose } from '../../components/store-then-close.js';

export const COMMON_REASONS: readonly MessageKey[] = [
  'redaction.reason.personal',
  'redaction.reason.source',
  'redaction.reason.security',
  'redaction.reason.deliberative',
  'redaction.reason.thirdParty',
];

@customElement('cy-redaction-dialog')
export class RedactionDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 520px; }
      form { display: grid; gap: 10px; }
      fieldset { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); display: grid; gap: 6px; padding: 8px 12px; }
      fieldset label { display: flex; gap: 8px; align-items: center; }
      .failure { color: var(--cy-danger); margin: 0; }
      p.hint { color: var(--cy-muted); margin: 0; }
      .quote { margin: 0; padding: 6px 10px; border-left: 3px solid var(--cy-border); font-style: italic; max-height: 8em; overflow: auto; overflow-wrap: anywhere; }
    `,
  ];

  @state() failure = '';
  @state() saving = false;
  /** The words to be redacted, so the user sees exactly what will be blacked out. */
  @state() private quote = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (saved: boolean) => void;
  private store: (reason: string) => Promise<unknown> = async () => undefined;

  /** Opens the dialog; `save` stores the redaction with the chosen reason. Resolves true once saved. */
  async ask(quote: string, save: (reason: string) => Promise<unknown>): Promise<boolean> {
    this.store = save;
    this.quote = quote;
    this.failure = '';
    await this.updateComplete;
    this.renderRoot.querySelector('form')?.reset();
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(saved: boolean): void {
    this.dialog.close();
    this.resolve?.(saved);
    this.resolve = undefined;
  }

  /** The typed reason wins over the chosen one, so typing is enough. */
  private chosenReason(): string {
    const typed = this.renderRoot.querySelector<HTMLInputElement>('#other')!.value.trim();
    const picked = this.renderRoot.querySelector<HTMLInputElement>('input[name=reason]:checked')?.value ?? '';
    return (typed || picked).slice(0, MAX_REASON);
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const reason = this.chosenReason();
    if (!reason) {
      this.failure = t('redaction.reasonNeeded');
      return;
    }
    await storeThenClose(this, () => this.store(reason), () => this.finish(true));
  }

  override render() {
    return html`<dialog aria-labelledby="redact-title" @cancel=${(e: Event) => { e.preventDefault(); this.finish(false); }}>
      <form @submit=${(e: Event) => void this.submit(e)}>
        <h2 id="redact-title">${t('redaction.dialogTitle')}</h2>
        <blockquote class="quote">${this.quote}</blockquote>
        <p class="hint">${t('redaction.dialogHint')}</p>
        <fieldset>
          <legend>${t('redaction.reason')}</legend>
          ${COMMON_REASONS.map((key, i) => html`<label><input type="radio" name="reason" value=${t(key)} ?checked=${i === 0} />${t(key)}</label>`)}
        </fieldset>
        <label for="other">${t('redaction.otherReason')}</label>
        <input id="other" maxlength=${MAX_REASON} autocomplete="off" />
        ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : null}
        <div class="actions">
          <button type="button" @click=${() => this.finish(false)}>${t('common.cancel')}</button>
          <button type="submit" class="primary" ?disabled=${this.saving}>${t('redaction.redact')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-redaction-dialog': RedactionDialog;
  }
}
