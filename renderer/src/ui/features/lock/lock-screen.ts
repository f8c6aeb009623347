// The lock screen: the only thing drawn while a protected library is locked. It asks for the
// passphrase; a wrong one changes nothing and makes the next try wait longer (the wait survives a
// reload, see unlock-failures.ts).
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { PassphraseError } from '../../../data/library-protection.js';
import { unlock } from '../../app/lock-session.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { clearUnlockFailures, noteWrongPassphrase, unlockWaitLeft } from './unlock-failures.js';

@customElement('cy-lock-screen')
export class LockScreen extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: grid; place-items: center; min-height: 100vh; padding: var(--cy-space-4); box-sizing: border-box; background: var(--cy-bg); }
      .card { width: min(420px, 100%); padding: var(--cy-space-5); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); }
      h1 { font-size: 1.4rem; margin: 0 0 var(--cy-space-2); }
      form { display: grid; gap: 10px; margin-top: var(--cy-space-3); }
      label { display: grid; gap: 4px; }
      .error { color: var(--cy-danger); margin: 0; }
      .status { margin: 0; min-height: 1.4em; }
    `,
  ];

  @state() private busy = false;
  @state() private error = '';
  @state() private waitSeconds = 0;
  @query('input') private input!: HTMLInputElement;
  private countdown?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.startWait(unlockWaitLeft());
    void this.updateComplete.then(() => this.input?.focus());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.countdown);
  }

  private startWait(ms: number): void {
    window.clearInterval(this.countdown);
    this.waitSeconds = Math.ceil(ms / 1000);
    if (this.waitSeconds <= 0) return;
    this.countdown = window.setInterval(() => {
      this.waitSeconds = Math.ceil(unlockWaitLeft() / 1000);
      if (this.waitSeconds <= 0) window.clearInterval(this.countdown);
    }, 1000);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.busy || this.waitSeconds > 0 || !this.input.value) return;
    this.busy = true;
    this.error = '';
    try {
      await unlock(this.input.value);
      clearUnlockFailures();
    } catch (error) {
      if (error instanceof PassphraseError) {
        this.error = t('lock.wrong');
        this.startWait(noteWrongPassphrase());
      } else {
        this.error = t('lock.failed', { reason: error instanceof Error ? error.message : String(error) });
      }
      this.input.value = '';
    } finally {
      this.busy = false;
    }
    // Still here (still locked): the field takes the next try.
    void this.updateComplete.then(() => this.input?.focus());
  }

  override render() {
    return html`<div class="card" role="dialog" aria-modal="true" aria-labelledby="lock-h" aria-describedby="lock-body">
      <h1 id="lock-h">${t('lock.title')}</h1>
      <p id="lock-body">${t('lock.body')}</p>
      <form @submit=${this.submit}>
        <label>${t('protection.passphrase')}
          <input type="password" autocomplete="current-password" required ?disabled=${this.busy} /></label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <p class="status" role="status">${this.busy ? t('lock.unlocking') : this.waitSeconds > 0 ? t('lock.wait', { seconds: this.waitSeconds }) : ''}</p>
        <button class="primary" type="submit" ?disabled=${this.busy || this.waitSeconds > 0}>${t('lock.unlock')}</button>
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-lock-screen': LockScreen;
  }
}
