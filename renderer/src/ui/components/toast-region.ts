import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ToastDetail } from '../events.js';
import { controls } from '../styles/tokens.js';
import { t } from '../i18n/index.js';
import { errorLog } from '../app/error-log.js';

interface Toast extends ToastDetail {
  id: number;
}

/** Announces results politely; each toast stays until dismissed or its time is up. Errors also go to the error panel. */
@customElement('cy-toast-region')
export class ToastRegion extends LitElement {
  static override styles = [
    controls,
    css`
      :host { position: fixed; bottom: 16px; right: 16px; display: flex; flex-direction: column; gap: 8px; z-index: 20; max-width: min(460px, 90vw); }
      /* Moved up when the field being edited sits where the toasts would cover it. */
      :host([placement='top']) { bottom: auto; top: 64px; }
      .toast { background: var(--cy-surface); border: 1px solid var(--cy-border); border-left: 4px solid var(--cy-accent); border-radius: var(--cy-radius);
        padding: 10px 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); display: flex; gap: 8px; align-items: center; }
      .toast.error { border-left-color: var(--cy-danger); }
      .toast.success { border-left-color: var(--cy-ok); }
      .message { flex: 1; }
    `,
  ];

  @state() private toasts: Toast[] = [];
  private nextId = 1;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('focusin', this.place);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('focusin', this.place);
  }

  show(detail: ToastDetail, ms = 8000): void {
    if (detail.kind === 'error') errorLog.record(detail.message);
    const toast = { ...detail, id: this.nextId++ };
    this.toasts = [...this.toasts.filter((t) => !detail.key || t.key !== detail.key), toast];
    setTimeout(() => this.dismiss(toast.id), ms);
    void this.updateComplete.then(this.place);
  }

  /** Toasts never cover what the user is editing: they go to the top while it sits under them. */
  private readonly place = (): void => {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) {
      // Focus on a toast's own button never moves the toasts (the click would miss it).
      if (focused === this) return;
      focused = focused.shadowRoot.activeElement;
    }
    const field = focused && focused !== document.body ? focused.getBoundingClientRect() : null;
    const region = this.getBoundingClientRect();
    const below = this.getAttribute('placement') === 'top' ? window.innerHeight - 16 - region.height : region.top;
    const covered = field !== null && this.toasts.length > 0 && field.bottom > below && field.right > window.innerWidth - 16 - region.width;
    this.setAttribute('placement', covered ? 'top' : 'bottom');
  };

  private dismiss(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  override render() {
    return html`<div role="status" aria-live="polite">
      ${this.toasts.map(
        (toast) => html`<div class="toast ${toast.kind ?? 'info'}">
          <span class="message">${toast.message}</span>
          ${toast.action
            ? html`<button @click=${() => { void toast.action?.run(); this.dismiss(toast.id); }}>${toast.action.label}</button>`
            : null}
          <button aria-label=${t('toast.dismiss')} @click=${() => this.dismiss(toast.id)}>×</button>
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-toast-region': ToastRegion;
  }
}
