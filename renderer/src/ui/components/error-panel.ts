import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { currentLanguage, t } from '../i18n/index.js';
import { errorLog, errorReport } from '../app/error-log.js';
import { platform } from '../../platform/index.js';
import { localeFor } from '../format.js';
import { LanguageController } from '../controllers/language.controller.js';

const clock = (ms: number): string =>
  new Intl.DateTimeFormat(localeFor(currentLanguage()), { dateStyle: 'short', timeStyle: 'medium' }).format(ms);

/**
 * "Errors (N)" in the header once something has failed, opening the recent errors with their
 * details and a way to copy them all (or, when the clipboard refuses, to select them by hand).
 */
@customElement('cy-error-panel')
export class ErrorPanel extends LitElement {
  /** Outside the language-keyed main view: redraw on a language switch. */
  protected readonly languageWatch = new LanguageController(this);
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { display: contents; }
      .open { color: var(--cy-danger); border-color: var(--cy-danger); font-weight: 600; }
      :host { --cy-dialog-width: 720px; }
      dialog { max-height: 85vh; }
      h2 { margin-top: 0; }
      ol { list-style: none; padding: 0; margin: 8px 0; max-height: 50vh; overflow: auto; }
      li { border-bottom: 1px solid var(--cy-border); padding: 8px 0; }
      time { color: var(--cy-muted); font-size: 0.85rem; display: block; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8rem; background: var(--cy-surface-2); padding: 8px; border-radius: var(--cy-radius); max-height: 200px; overflow: auto; }
      textarea { width: 100%; box-sizing: border-box; min-height: 140px; font-family: ui-monospace, monospace; font-size: 0.8rem; }
      .actions [role='status'] { flex: 1; }
    `,
  ];

  private readonly log = errorLog;
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';
  @state() private report = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.open') private opener?: HTMLButtonElement;
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = this.log.onChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  open(): void {
    this.copyState = 'idle';
    if (!this.dialog.open) this.dialog.showModal();
  }

  private async copy(): Promise<void> {
    const info = await platform().appInfo();
    this.report = errorReport(this.log.list(), info.ok ? info.value.version : 'unknown');
    try {
      await navigator.clipboard.writeText(this.report);
      this.copyState = 'copied';
    } catch {
      // Denied permission or no focus: show the report selected, for Ctrl+C.
      this.copyState = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector('textarea')?.select();
    }
  }

  /** Focus goes back to the header button (unless Clear removed it). */
  private onClose(): void {
    this.opener?.focus();
  }

  override render() {
    const entries = this.log.list();
    return html`${entries.length
        ? html`<button class="open" aria-haspopup="dialog" @click=${() => this.open()}>${t('errors.button', { count: entries.length })}</button>`
        : nothing}
      <dialog aria-labelledby="errors-title" @close=${() => this.onClose()}>
        <h2 id="errors-title">${t('errors.title')}</h2>
        <p class="muted">${t('errors.hint')}</p>
        ${entries.length
          ? html`<ol aria-label=${t('errors.list')}>
              ${entries.map(
                (e) => html`<li>
                  <time datetime=${new Date(e.time).toISOString()}>${clock(e.time)}</time>
                  <div>${e.message}</div>
                  ${e.details ? html`<details><summary>${t('errors.details')}</summary><pre>${e.details}</pre></details>` : nothing}
                </li>`,
              )}
            </ol>`
          : html`<p>${t('errors.none')}</p>`}
        ${this.copyState === 'failed'
          ? html`<textarea readonly aria-label=${t('errors.report')} .value=${this.report}></textarea>`
          : nothing}
        <div class="actions">
          <span role="status">${this.copyState === 'copied' ? t('errors.copied') : this.copyState === 'failed' ? t('errors.copyFailed') : ''}</span>
          <button ?disabled=${!entries.length} @click=${() => void this.copy()}>${t('errors.copy')}</button>
          <button class="danger" ?disabled=${!entries.length} @click=${() => { this.log.clear(); this.copyState = 'idle'; }}>${t('errors.clear')}</button>
          <button class="primary" @click=${() => this.dialog.close()}>${t('import.close')}</button>
        </div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-error-panel': ErrorPanel;
  }
}
