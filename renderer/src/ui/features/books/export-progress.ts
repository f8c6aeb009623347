import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls, dialogStyles } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { onExportStatus, type ExportStatus } from './export-book.js';
import { LanguageController } from '../../controllers/language.controller.js';

// Rendering, up to three numbering passes (the service's default), finishing.
const STEPS = 5;

function step(progress: ExportStatus): { label: string; value: number } {
  if (progress.phase === 'checking') return { label: t('exportProgress.checking'), value: 0 };
  if (progress.phase === 'rendering') return { label: t('exportProgress.rendering'), value: 1 };
  if (progress.phase === 'numbering') return { label: t('exportProgress.numbering', { pass: progress.pass }), value: Math.min(1 + progress.pass, STEPS - 1) };
  return { label: t('exportProgress.finishing'), value: STEPS };
}

/**
 * The desktop app's PDF export, phase by phase, in a modal dialog that opens with the first
 * phase and closes when the export settles. A browser reports no host phases: there it shows only
 * while the book is checked.
 */
@customElement('cy-export-progress')
export class ExportProgressDialog extends LitElement {
  /** Outside the language-keyed main view: redraw on a language switch. */
  protected readonly languageWatch = new LanguageController(this);
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 420px; }
      h2 { margin: 0 0 var(--cy-space-3); font-size: 1.1rem; }
      progress { width: 100%; height: 10px; accent-color: var(--cy-accent); }
    `,
  ];

  @state() private progress: ExportStatus | null = null;
  /** Hidden by the user for this export; the outcome still arrives as a toast. */
  @state() private dismissed = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = onExportStatus((progress) => {
      if (progress === null) this.dismissed = false;
      this.progress = progress;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  override updated(): void {
    const show = this.progress !== null && !this.dismissed;
    if (show && !this.dialog.open) this.dialog.showModal();
    else if (!show && this.dialog.open) this.dialog.close();
  }

  private hide(): void {
    this.dismissed = true;
  }

  override render() {
    const current = this.progress ? step(this.progress) : null;
    return html`<dialog aria-labelledby="export-title" @cancel=${() => this.hide()}>
      <h2 id="export-title">${t('exportProgress.title')}</h2>
      <p role="status">${current?.label ?? ''}</p>
      <progress max=${STEPS} .value=${current?.value ?? 0} aria-labelledby="export-title"></progress>
      <p class="muted">${t('exportProgress.hint')}</p>
      <div class="actions"><button @click=${() => this.hide()}>${t('exportProgress.hide')}</button></div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-export-progress': ExportProgressDialog;
  }
}
