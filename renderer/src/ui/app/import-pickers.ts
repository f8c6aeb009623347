// The header's import choices: files (several at once, a saved page with its pictures among them)
// or a whole folder. A folder is picked through the browser's own folder chooser (webkitdirectory),
// which Electron shows as its native dialog, so the desktop app and the preview share this path.
import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { controls } from '../styles/tokens.js';
import { icon } from '../styles/icons.js';
import { t } from '../i18n/index.js';
import { emit } from '../events.js';
import { SUPPORTED_EXTENSIONS } from '../../domain/import.js';
import { PICTURE_EXTENSIONS } from '../../domain/images/local-pictures.js';
import { planPicked } from '../../workflows/picked-files.js';
import { LanguageController } from '../controllers/language.controller.js';

@customElement('cy-import-pickers')
export class ImportPickers extends LitElement {
  static override styles = [controls, css`:host { display: flex; gap: 4px; } .folder { display: inline-flex; align-items: center; padding-inline: 8px; }`];

  @query('input[name=files]') private filesInput!: HTMLInputElement;
  @query('input[name=folder]') private folderInput!: HTMLInputElement;
  protected readonly languageWatch = new LanguageController(this);

  openFiles(): void {
    this.filesInput.click();
  }

  openFolder(): void {
    this.folderInput.click();
  }

  private chosen(e: Event, folder: boolean): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) emit(this, 'cy-import-request', planPicked(files, { folder }));
  }

  override render() {
    // Pictures may be picked beside a page: the chooser offers them too.
    const accept = [...SUPPORTED_EXTENSIONS, ...PICTURE_EXTENSIONS].join(',');
    return html`
      <button class="primary" @click=${() => this.openFiles()}>${t('import.button')}</button>
      <button class="folder" @click=${() => this.openFolder()} aria-label=${t('import.folder')} title=${`${t('import.folder')} ${t('import.folderHint')}`}>${icon('import-folder')}</button>
      <input type="file" name="files" multiple hidden aria-hidden="true" accept=${accept} @change=${(e: Event) => this.chosen(e, false)} />
      <input type="file" name="folder" webkitdirectory hidden aria-hidden="true" @change=${(e: Event) => this.chosen(e, true)} />
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-import-pickers': ImportPickers;
  }
}
