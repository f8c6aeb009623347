// Settings › Protection: turn passphrase protection on (with a clear warning that a forgotten
// passphrase cannot be recovered), change the passphrase (the data key is re-wrapped, nothing
// else is rewritten), turn it off (asks the passphrase), the idle lock time and Lock now.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { appProtection, MIN_PASSPHRASE_LENGTH, PassphraseError, type ProtectionStatus } from '../../../data/library-protection.js';
import { passphraseStrength } from '../../../domain/lock/passphrase-strength.js';
import { LOCK_AFTER_MINUTES } from '../../../domain/settings.js';
import { searchClient } from '../../../search/search-client.js';
import { onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import { lockNow } from '../../app/lock-session.js';
import { parseHash } from '../../app/routes.js';
import { mod } from '../../components/shortcuts-dialog.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { controls } from '../../styles/tokens.js';
import { sectionStyles } from './settings-section.js';

type Mode = 'on' | 'change' | 'off' | null;
type Work = 'protecting' | 'changing' | 'unprotecting';

const field = (form: HTMLFormElement, name: string): string => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';

@customElement('cy-protection-section')
export class ProtectionSection extends LitElement {
  static override styles = [
    controls,
    sectionStyles,
    css`
      form { display: grid; gap: 10px; max-width: 460px; margin: var(--cy-space-2) 0; }
      form label { display: grid; gap: 4px; }
      .warning { border-left: 4px solid var(--cy-danger); padding: 6px 10px; background: var(--cy-surface-2); }
      .hint { margin: 0; font-size: 0.9rem; }
      .error { color: var(--cy-danger); margin: 0; }
      progress { width: 100%; accent-color: var(--cy-accent); }
      .row + .grid, .grid + .row { margin-top: 10px; }
    `,
  ];

  @state() private status: ProtectionStatus | null = null;
  @state() private mode: Mode = null;
  @state() private work: Work | null = null;
  @state() private error = '';
  @state() private next = '';
  @state() private repeat = '';
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = onPreferencesChange(() => this.requestUpdate());
    void this.refresh();
    // The empty library's offer comes here with ?protect=1: the form is opened for it.
    if (parseHash(location.hash).params.get('protect') === '1') {
      this.open('on');
      void this.updateComplete.then(() => {
        this.scrollIntoView({ block: 'start' });
        this.renderRoot.querySelector<HTMLInputElement>('input[type=password]')?.focus();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private async refresh(): Promise<void> {
    this.status = await appProtection.status();
  }

  private open(mode: Mode): void {
    this.mode = mode;
    this.error = '';
    this.next = '';
    this.repeat = '';
  }

  /** Runs one change of protection; a wrong passphrase or a failure is shown and changes nothing. */
  private async run(work: Work, action: () => Promise<void>, done: string): Promise<void> {
    this.work = work;
    this.error = '';
    try {
      await action();
      // The search worker's own database handle must start again with (or without) the key.
      searchClient().stop();
      this.mode = null;
      emit(this, 'cy-toast', { kind: 'success', message: done });
    } catch (error) {
      this.error = error instanceof PassphraseError ? t('protection.wrongPassphrase') : t('protection.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.work = null;
      await this.refresh();
    }
  }

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const current = field(form, 'current');
    if (this.mode !== 'off' && !this.acceptable()) return;
    if (this.mode === 'on') void this.run('protecting', () => appProtection.protect(this.next), t('protection.protected', { minutes: preferences().lockAfterMinutes }));
    else if (this.mode === 'change') void this.run('changing', () => appProtection.changePassphrase(current, this.next), t('protection.changed'));
    else if (this.mode === 'off') void this.run('unprotecting', () => appProtection.unprotect(current), t('protection.unprotected'));
  }

  private acceptable(): boolean {
    return passphraseStrength(this.next, MIN_PASSPHRASE_LENGTH) !== 'short' && this.next === this.repeat;
  }

  private renderNewPassphrase() {
    const strength = passphraseStrength(this.next, MIN_PASSPHRASE_LENGTH);
    const mismatch = this.repeat !== '' && this.repeat !== this.next;
    return html`<label>${t('protection.newPassphrase')}
        <input name="next" type="password" autocomplete="new-password" required aria-describedby="strength" .value=${this.next}
          @input=${(e: Event) => (this.next = (e.target as HTMLInputElement).value)} /></label>
      <p id="strength" class="hint muted" aria-live="polite">${this.next ? t(`protection.strength.${strength}`, { min: MIN_PASSPHRASE_LENGTH }) : t('protection.strength.short', { min: MIN_PASSPHRASE_LENGTH })}</p>
      <label>${t('protection.repeatPassphrase')}
        <input name="repeat" type="password" autocomplete="new-password" required .value=${this.repeat}
          @input=${(e: Event) => (this.repeat = (e.target as HTMLInputElement).value)} /></label>
      ${mismatch ? html`<p class="error" role="alert">${t('protection.mismatch')}</p>` : nothing}`;
  }

  private renderCurrent() {
    return html`<label>${this.mode === 'off' ? t('protection.passphrase') : t('protection.currentPassphrase')}
      <input name="current" type="password" autocomplete="current-password" required /></label>`;
  }

  private renderForm() {
    const busy = this.work !== null;
    const submit = this.mode === 'on' ? t('protection.protect') : this.mode === 'change' ? t('protection.changeNow') : t('protection.turnOffNow');
    return html`<form @submit=${this.submit} aria-label=${submit}>
      ${this.mode === 'on' ? html`<p class="warning" role="note">${t('protection.warning')}</p>` : nothing}
      ${this.mode === 'off' ? html`<p class="warning" role="note">${t('protection.turnOffWarning')}</p>` : nothing}
      ${this.mode !== 'on' ? this.renderCurrent() : nothing}
      ${this.mode !== 'off' ? this.renderNewPassphrase() : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${busy ? html`<p role="status">${t(`protection.${this.work!}`)}</p><progress aria-label=${t(`protection.${this.work!}`)}></progress>` : nothing}
      <div class="row">
        <button class=${this.mode === 'off' ? 'danger primary' : 'primary'} type="submit" ?disabled=${busy || (this.mode !== 'off' && !this.acceptable())}>${submit}</button>
        <button type="button" ?disabled=${busy} @click=${() => this.open(null)}>${t('common.cancel')}</button>
      </div>
    </form>`;
  }

  private renderLockSettings() {
    const minutes = preferences().lockAfterMinutes;
    return html`<div class="grid">
        <label for="lock-after">${t('protection.lockAfter')}</label>
        <select id="lock-after" @change=${(e: Event) => void writeOrTell(this, () => updatePreference('lockAfterMinutes', Number((e.target as HTMLSelectElement).value)))}>
          ${LOCK_AFTER_MINUTES.map((m) => html`<option value=${m} ?selected=${m === minutes}>${t('protection.lockAfterValue', { minutes: m })}</option>`)}
        </select>
      </div>
      <div class="row">
        <button @click=${() => void lockNow()}>${t('protection.lockNow')}</button>
        <span class="muted">${t('protection.lockNowHint', { keys: `${mod}+L` })}</span>
      </div>`;
  }

  override render() {
    const on = this.status === 'unlocked';
    return html`<section aria-labelledby="protection-h">
      <h2 id="protection-h">${t('protection.title')}</h2>
      ${this.status === null ? nothing : html`<p>${on ? t('protection.statusOn') : t('protection.statusOff')}</p>`}
      ${this.mode ? this.renderForm() : nothing}
      ${!this.mode && this.status === 'off' ? html`<div class="row"><button class="primary" @click=${() => this.open('on')}>${t('protection.turnOn')}</button></div>` : nothing}
      ${!this.mode && on
        ? html`<div class="row">
            <button @click=${() => this.open('change')}>${t('protection.change')}</button>
            <button class="danger" @click=${() => this.open('off')}>${t('protection.turnOff')}</button>
          </div>`
        : nothing}
      ${on ? this.renderLockSettings() : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-protection-section': ProtectionSection;
  }
}
