import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Finding } from '../../../domain/book/preflight.js';
import { controls, dialogStyles } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { describeFinding } from './preflight.js';

/**
 * Shown before an export when the pre-flight checks found something: what, and where. The user
 * goes back to fix it (the default, also Escape), opens the brief concerned, or exports anyway.
 */
@customElement('cy-preflight-dialog')
export class PreflightDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      dialog { --cy-dialog-width: 640px; }
      ul { list-style: none; margin: var(--cy-space-2) 0; padding: 0; max-height: min(55vh, 420px); overflow: auto; border-top: 1px solid var(--cy-border); }
      li { display: flex; gap: var(--cy-space-3); align-items: baseline; justify-content: space-between; padding: var(--cy-space-2) 2px; border-bottom: 1px solid var(--cy-border); }
      .where { font-weight: 600; overflow-wrap: anywhere; }
      .what { color: var(--cy-muted); overflow-wrap: anywhere; margin: 2px 0 0; }
      li button { flex: none; }
    `,
  ];

  @state() private findings: Finding[] = [];
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (proceed: boolean) => void;

  /** Resolves true only when the user chooses to export anyway. */
  async ask(findings: Finding[]): Promise<boolean> {
    this.resolve?.(false);
    this.findings = findings;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('button.back')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(proceed: boolean): void {
    this.dialog.close();
    this.resolve?.(proceed);
    this.resolve = undefined;
  }

  private open(briefId: string): void {
    this.finish(false);
    location.hash = hrefFor({ view: 'brief', id: briefId });
  }

  override render() {
    return html`<dialog aria-labelledby="preflight-title" aria-describedby="preflight-intro"
      @cancel=${(e: Event) => { e.preventDefault(); this.finish(false); }}>
      <h2 id="preflight-title">${t('preflight.title')}</h2>
      <p id="preflight-intro">${t('preflight.intro', { count: this.findings.length })}</p>
      <ul aria-label=${t('preflight.list')}>
        ${this.findings.map(
          (f) => html`<li>
            <div><div class="where">${f.where}</div><p class="what">${describeFinding(f)}</p></div>
            ${f.briefId ? html`<button aria-label=${`${t('preflight.open')}: ${f.where} — ${describeFinding(f)}`} @click=${() => this.open(f.briefId!)}>${t('preflight.open')}</button>` : nothing}
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button class="back" @click=${() => this.finish(false)}>${t('preflight.back')}</button>
        <button class="primary" @click=${() => this.finish(true)}>${t('preflight.proceed')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-preflight-dialog': PreflightDialog;
  }
}
