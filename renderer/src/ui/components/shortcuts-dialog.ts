import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { controls, dialogStyles } from '../styles/tokens.js';
import { t, type MessageKey } from '../i18n/index.js';
import { LanguageController } from '../controllers/language.controller.js';

const isMac = navigator.platform.toLowerCase().includes('mac');
/** The platform's command key as menus and tooltips name it. */
export const mod = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: [keys: string, action: MessageKey][] = [
  [`${mod}+K`, 'shortcuts.search'],
  [`${mod}+O`, 'shortcuts.import'],
  [`${mod}+Shift+O`, 'shortcuts.importFolder'],
  [`${mod}+P`, 'shortcuts.export'],
  [`${mod}+F`, 'shortcuts.find'],
  [`${mod}+L`, 'shortcuts.lock'],
  ['Alt+Enter', 'shortcuts.selectMatch'],
  ['J / K', 'shortcuts.nextPrevious'],
  ['H', 'shortcuts.highlight'],
  ['1 – 4', 'shortcuts.colours'],
  ['N', 'shortcuts.note'],
  ['T', 'shortcuts.tags'],
  ['R', 'shortcuts.makeItem'],
  ['X', 'shortcuts.redact'],
  ['A / D / E / M / U', 'shortcuts.inbox'],
  ['Esc', 'shortcuts.escape'],
  ['?', 'shortcuts.help'],
];

/** The "?" overlay listing every keyboard shortcut. */
@customElement('cy-shortcuts-dialog')
export class ShortcutsDialog extends LitElement {
  /** Outside the language-keyed main view: redraw on a language switch. */
  protected readonly languageWatch = new LanguageController(this);
  static override styles = [
    controls,
    dialogStyles,
    css`
      :host { --cy-dialog-width: 520px; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--cy-border); }
      kbd { font-family: ui-monospace, monospace; background: var(--cy-surface-2); border: 1px solid var(--cy-border); border-radius: 4px; padding: 1px 6px; }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Rendered again on each opening: the language may have changed since the last. */
  async open(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  override render() {
    return html`<dialog aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">${t('shortcuts.title')}</h2>
      <table>
        <thead><tr><th scope="col">${t('shortcuts.keys')}</th><th scope="col">${t('shortcuts.action')}</th></tr></thead>
        <tbody>${SHORTCUTS.map(([keys, action]) => html`<tr><td><kbd>${keys}</kbd></td><td>${t(action)}</td></tr>`)}</tbody>
      </table>
      <div class="actions"><button class="primary" @click=${() => this.dialog.close()}>${t('import.close')}</button></div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-shortcuts-dialog': ShortcutsDialog;
  }
}
