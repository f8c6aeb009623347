import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { t } from '../i18n/index.js';
import { MIN_PASSPHRASE_LENGTH } from '../../data/library-protection.js';

/** What the user chose for a file about to be written: a passphrase, or plain text on purpose. */
export type SealChoice = { passphrase: string } | { plainText: true };

type Mode = { kind: 'seal'; warnPlain: boolean } | { kind: 'open'; name: string; wrong: boolean };

const length = (text: string): number => [...text.normalize('NFC')].length;

/**
 * The passphrase asked for around an encrypted file: entered twice before a backup or book
 * package is written (encrypted by default; plain text only after a warning), once to open one.
 */
@customElement('cy-passphrase-dialog')
export class PassphraseDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      label { display: block; margin-top: 10px; font-weight: 600; }
      input { display: block; width: 100%; box-sizing: border-box; margin-top: 4px; }
      .problem { color: var(--cy-danger); margin: 8px 0 0; }
      .warning { border-left: 4px solid var(--cy-danger); padding-left: 10px; }
      .actions .plain { margin-right: auto; }
    `,
  ];

  @state() private mode: Mode | null = null;
  @state() private problem = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (answer: SealChoice | string | null) => void;

  /** Before writing a file: a passphrase (entered twice), plain text chosen explicitly, or null (cancelled). */
  askToSeal(): Promise<SealChoice | null> {
    return this.ask({ kind: 'seal', warnPlain: false }) as Promise<SealChoice | null>;
  }

  /** The passphrase to open the encrypted file `name` (after a wrong one, says so), or null. */
  askToOpen(name: string, wrong: boolean): Promise<string | null> {
    return this.ask({ kind: 'open', name, wrong }) as Promise<string | null>;
  }

  private async ask(mode: Mode): Promise<SealChoice | string | null> {
    this.resolve?.(null);
    this.mode = mode;
    this.problem = '';
    await this.updateComplete;
    this.renderRoot.querySelectorAll('input').forEach((input) => (input.value = ''));
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(answer: SealChoice | string | null): void {
    this.dialog.close();
    // The typed passphrase leaves the fields as soon as it is answered.
    this.renderRoot.querySelectorAll('input').forEach((input) => (input.value = ''));
    this.mode = null;
    this.resolve?.(answer);
    this.resolve = undefined;
  }

  private value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  private submit(e: Event): void {
    e.preventDefault();
    const passphrase = this.value('passphrase');
    if (this.mode?.kind === 'open') {
      if (passphrase) this.finish(passphrase);
      return;
    }
    if (length(passphrase) < MIN_PASSPHRASE_LENGTH) this.problem = t('passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH });
    else if (passphrase !== this.value('passphrase-again')) this.problem = t('passphrase.mismatch');
    else this.finish({ passphrase });
  }

  private renderSeal(warnPlain: boolean) {
    if (warnPlain) {
      return html`<h2 id="pass-title">${t('passphrase.plainTitle')}</h2>
        <p class="warning" role="alert">${t('passphrase.plainWarning')}</p>
        <div class="actions">
          <button type="button" @click=${() => (this.mode = { kind: 'seal', warnPlain: false })}>${t('passphrase.back')}</button>
          <button type="button" class="danger" @click=${() => this.finish({ plainText: true })}>${t('passphrase.plainConfirm')}</button>
        </div>`;
    }
    return html`<h2 id="pass-title">${t('passphrase.sealTitle')}</h2>
      <p>${t('passphrase.sealBody', { min: MIN_PASSPHRASE_LENGTH })}</p>
      <form @submit=${this.submit}>
        <label for="passphrase">${t('passphrase.field')}</label>
        <input id="passphrase" type="password" autocomplete="new-password" spellcheck="false" />
        <label for="passphrase-again">${t('passphrase.again')}</label>
        <input id="passphrase-again" type="password" autocomplete="new-password" spellcheck="false" />
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="button" class="plain" @click=${() => (this.mode = { kind: 'seal', warnPlain: true })}>${t('passphrase.plain')}</button>
          <button type="button" @click=${() => this.finish(null)}>${t('common.cancel')}</button>
          <button type="submit" class="primary">${t('passphrase.encrypt')}</button>
        </div>
      </form>`;
  }

  private renderOpen(name: string, wrong: boolean) {
    return html`<h2 id="pass-title">${t('passphrase.openTitle')}</h2>
      <p>${t('passphrase.openBody', { name })}</p>
      ${wrong ? html`<p class="problem" role="alert">${t('passphrase.wrong')}</p>` : nothing}
      <form @submit=${this.submit}>
        <label for="passphrase">${t('passphrase.field')}</label>
        <input id="passphrase" type="password" autocomplete="off" spellcheck="false" />
        <div class="actions">
          <button type="button" @click=${() => this.finish(null)}>${t('common.cancel')}</button>
          <button type="submit" class="primary">${t('passphrase.open')}</button>
        </div>
      </form>`;
  }

  override render() {
    const mode = this.mode;
    return html`<dialog aria-labelledby="pass-title" @cancel=${(e: Event) => { e.preventDefault(); this.finish(null); }}>
      ${mode === null ? nothing : mode.kind === 'seal' ? this.renderSeal(mode.warnPlain) : this.renderOpen(mode.name, mode.wrong)}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-passphrase-dialog': PassphraseDialog;
  }
}
