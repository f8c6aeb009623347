// The empty library's one-time offer to protect it with a passphrase: a quiet panel, not a modal.
// Either answer is remembered (the protectionOffered preference) and the offer is not made again.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { appProtection } from '../../../data/library-protection.js';
import { onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import { navigate } from '../../app/routes.js';
import { t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { controls } from '../../styles/tokens.js';

@customElement('cy-protection-offer')
export class ProtectionOffer extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; max-width: 560px; margin: var(--cy-space-5) auto 0; text-align: start; }
      aside { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: var(--cy-space-3) var(--cy-space-4); background: var(--cy-surface); color: var(--cy-text); }
      h2 { font-size: 1.05rem; margin: 0 0 6px; }
      p { margin: 0 0 var(--cy-space-2); }
      .row { display: flex; gap: var(--cy-space-2); flex-wrap: wrap; }
    `,
  ];

  @state() private unprotected = false;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = onPreferencesChange(() => this.requestUpdate());
    void appProtection.status().then((status) => (this.unprotected = status === 'off'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private answer(protect: boolean): void {
    void writeOrTell(this, () => updatePreference('protectionOffered', true));
    if (protect) navigate({ view: 'settings' }, { protect: '1' });
  }

  override render() {
    if (!this.unprotected || preferences().protectionOffered) return nothing;
    return html`<aside aria-labelledby="offer-h">
      <h2 id="offer-h">${t('protection.offerTitle')}</h2>
      <p>${t('protection.offerBody')}</p>
      <div class="row">
        <button @click=${() => this.answer(true)}>${t('protection.offerAccept')}</button>
        <button @click=${() => this.answer(false)}>${t('protection.offerDecline')}</button>
      </div>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-protection-offer': ProtectionOffer;
  }
}
