import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { t } from '../i18n/index.js';

/**
 * The one question asked before anything leaves the app for the web: the host in large type
 * (the part a misleading link text cannot fake), then the full address. Cancel is the default.
 */
@customElement('cy-link-dialog')
export class LinkDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      .host { font-size: 1.5rem; font-weight: 700; margin: 8px 0 12px; overflow-wrap: anywhere; }
      .url-label { font-size: 0.85rem; color: var(--cy-muted); margin: 0 0 2px; }
      .url { display: block; font-family: ui-monospace, monospace; font-size: 0.85rem; overflow-wrap: anywhere; max-height: 8em; overflow: auto;
        background: var(--cy-surface-2); padding: 6px 8px; border-radius: var(--cy-radius); }
    `,
  ];

  @state() private url = '';
  @state() private host = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (open: boolean) => void;

  /** Resolves true only when the user chooses to open the link. */
  async confirm(url: string, host: string): Promise<boolean> {
    this.resolve?.(false); // a second link replaces an unanswered question
    this.url = url;
    this.host = host;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('button.cancel')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(open: boolean): void {
    this.dialog.close();
    this.resolve?.(open);
    this.resolve = undefined;
  }

  override render() {
    return html`<dialog aria-labelledby="link-title" aria-describedby="link-body link-host"
      @cancel=${(e: Event) => { e.preventDefault(); this.finish(false); }}>
      <h2 id="link-title">${t('links.title')}</h2>
      <p id="link-body">${t('links.body')}</p>
      <p class="host" id="link-host">${this.host}</p>
      <p class="url-label">${t('links.url')}</p>
      <code class="url">${this.url}</code>
      <div class="actions">
        <button class="cancel" @click=${() => this.finish(false)}>${t('common.cancel')}</button>
        <button class="primary" @click=${() => this.finish(true)}>${t('links.open')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-link-dialog': LinkDialog;
  }
}
