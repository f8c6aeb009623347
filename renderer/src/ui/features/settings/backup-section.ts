// Settings › Backup: back up the library, and restore from a backup file or a chosen snapshot.
// Every incoming file is checked first (with a progress bar), then shown in a panel that says what
// it holds and offers merge or replace; after a restore, a report of what changed.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { RestoreMode, RestoreResult } from '../../../data/backup.js';
import { BACKUP_TABLES } from '../../../domain/backup/index.js';
import { emit } from '../../events.js';
import { formatNumber } from '../../format.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { BACKUP_EXTENSION, backUpLibrary, checkBackupFile, restoreChecked, takePendingRestore, type CheckedFile } from './library-actions.js';
import { sectionStyles, when } from './settings-section.js';
import type { StartCheck } from './snapshots-section.js';
import type { PassphraseDialog } from '../../components/passphrase-dialog.js';
import '../../components/passphrase-dialog.js';

@customElement('cy-backup-section')
export class BackupSection extends LitElement {
  static override styles = [
    controls,
    sectionStyles,
    css`
      .panel { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); padding: var(--cy-space-3) var(--cy-space-4); margin-top: var(--cy-space-3); }
      .error { border-color: var(--cy-danger); }
      .error strong { color: var(--cy-danger); }
      table { border-collapse: collapse; margin: var(--cy-space-2) 0; }
      th, td { text-align: left; padding: 2px var(--cy-space-3) 2px 0; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; }
      .task { display: flex; gap: 10px; align-items: center; margin-top: var(--cy-space-3); color: var(--cy-muted); }
      .task progress { width: 180px; accent-color: var(--cy-accent); }
    `,
  ];

  /** A checked file (never one still waiting for its passphrase: the dialog holds that). */
  @state() private checked: Exclude<CheckedFile, { ok: 'locked' }> | null = null;
  /** The long task running, named so its label says what is happening; buttons wait for it. */
  @state() private task: 'backup' | 'checking' | 'restoring' | null = null;
  @state() private result: RestoreResult | null = null;
  /** How much of the file being checked has been read (0..1), when the check reports it. */
  @state() private progress: number | null = null;
  @query('input[type=file]') private fileInput!: HTMLInputElement;
  private stopPending?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    const pending = takePendingRestore(() => this.adoptPending());
    this.stopPending = pending.stop;
    if (pending.file) void this.showChecked(pending.file);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetChecked();
    this.stopPending?.();
  }

  /** Tells the view when a task starts or ends, so the snapshots' buttons wait for it too. */
  protected override updated(changed: PropertyValues): void {
    if (changed.has('task')) this.dispatchEvent(new CustomEvent<boolean>('cy-backup-busy', { detail: this.busy }));
  }

  /** Checks a snapshot the user chose, as a file would be. */
  checkSnapshot(start: StartCheck): Promise<void> {
    return this.showChecked(start(this.onProgress));
  }

  private adoptPending(): void {
    const { file, stop } = takePendingRestore(() => undefined);
    stop();
    if (file) void this.showChecked(file);
  }

  private get passphraseDialog(): PassphraseDialog | null {
    return this.renderRoot.querySelector('cy-passphrase-dialog');
  }

  private async showChecked(file: Promise<CheckedFile>): Promise<void> {
    this.result = null;
    this.task = 'checking';
    this.forgetChecked();
    let checked = await file;
    // An encrypted file: asked for its passphrase until it opens or the user cancels.
    while (checked.ok === 'locked') {
      this.task = null;
      const passphrase = await this.passphraseDialog?.askToOpen(checked.name, checked.wrong);
      if (!passphrase) {
        this.progress = null;
        return;
      }
      this.task = 'checking';
      checked = await checkBackupFile(checked.name, checked.bytes, this.onProgress, passphrase);
    }
    this.checked = checked;
    this.task = null;
    this.progress = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#restore-panel')?.focus();
  }

  /** Lets go of a checked file the user did not restore (its worker holds the whole file). */
  private forgetChecked(): void {
    if (this.checked?.ok) this.checked.backup.dispose();
    this.checked = null;
  }

  private get busy(): boolean {
    return this.task !== null;
  }

  private async onBackup(): Promise<void> {
    const choice = await this.passphraseDialog?.askToSeal();
    if (!choice) return;
    this.task = 'backup';
    try {
      const saved = await backUpLibrary(choice);
      if (!saved.ok) emit(this, 'cy-toast', { kind: 'error', message: t('backup.failed', { reason: saved.error.message }) });
      else if (saved.value) emit(this, 'cy-toast', { kind: 'success', message: t('backup.saved', { path: saved.value.path }) });
    } catch (error) {
      emit(this, 'cy-toast', { kind: 'error', message: t('backup.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      this.task = null;
    }
  }

  private async onFileChosen(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.showChecked(checkBackupFile(file.name, new Uint8Array(await file.arrayBuffer()), this.onProgress));
  }

  private readonly onProgress = (fraction: number): void => {
    this.progress = fraction;
  };

  private async onRestore(mode: RestoreMode): Promise<void> {
    const checked = this.checked;
    if (!checked?.ok) return;
    this.task = 'restoring';
    try {
      this.result = await restoreChecked(checked, mode);
      this.checked = null;
    } catch (error) {
      this.checked = { ok: false, name: checked.name, reason: error instanceof Error ? error.message : String(error) };
    } finally {
      this.task = null;
    }
  }

  private renderRestorePanel() {
    const checked = this.checked;
    if (checked && !checked.ok) {
      return html`<div id="restore-panel" class="panel error" role="alert" tabindex="-1">
        <p><strong>${t('restore.refused', { name: checked.name })}</strong></p>
        <p>${checked.reason}</p>
        <p>${t('restore.nothingChanged')}</p>
        <button @click=${() => (this.checked = null)}>${t('import.close')}</button>
      </div>`;
    }
    if (checked?.ok) {
      const { manifest, bookTitle } = checked.backup.summary;
      const isBook = manifest.kind === 'book';
      return html`<div id="restore-panel" class="panel" role="region" aria-label=${t('restore.region')} tabindex="-1">
        <p><strong>${isBook ? t('restore.book', { title: bookTitle ?? '' }) : t('restore.library', { name: checked.name })}</strong></p>
        <p class="muted">${t('restore.madeOn', { date: when(manifest.createdAt), version: manifest.appVersion })}
          ${t('restore.holds', { briefs: manifest.counts.briefs, annotations: manifest.counts.annotations, items: manifest.counts.recommendations })}</p>
        <div class="row">
          ${isBook ? nothing : html`<button class="danger" ?disabled=${this.busy} @click=${() => void this.onRestore('replace')}>${t('restore.replace')}</button>`}
          <button class="primary" ?disabled=${this.busy} @click=${() => void this.onRestore('merge')}>${t('restore.merge')}</button>
          <button ?disabled=${this.busy} @click=${() => this.forgetChecked()}>${t('common.cancel')}</button>
        </div>
        <p class="muted">${isBook ? t('restore.bookHint') : t('restore.hint')}</p>
      </div>`;
    }
    if (this.result) {
      const { report, mode } = this.result;
      return html`<div class="panel" role="status">
        <p><strong>${mode === 'replace' ? t('restore.doneReplace') : t('restore.doneMerge')}</strong></p>
        <table aria-label=${t('restore.report')}>
          <thead><tr><th scope="col">${t('restore.table')}</th><th scope="col">${t('restore.added')}</th><th scope="col">${t('restore.updated')}</th><th scope="col">${t('restore.kept')}</th></tr></thead>
          <tbody>${BACKUP_TABLES.map((table) => html`<tr><th scope="row">${t(`restore.table.${table}`)}</th>
            <td class="n">${formatNumber(report[table].added)}</td><td class="n">${formatNumber(report[table].updated)}</td><td class="n">${formatNumber(report[table].kept)}</td></tr>`)}</tbody>
        </table>
        ${this.renderLeftApart(this.result)}
        <button @click=${() => (this.result = null)}>${t('import.close')}</button>
      </div>`;
    }
    return nothing;
  }

  /** Briefs kept beside the file's version of them, and records the file held that were left out. */
  private renderLeftApart({ copies, dropped }: RestoreResult) {
    if (copies.length === 0 && dropped.length === 0) return nothing;
    return html`<ul aria-label=${t('restore.notes')}>
      ${copies.map((c) => html`<li>${t('restore.copyKept', { title: c.title, copy: c.copyTitle })}</li>`)}
      ${dropped.map((d) => html`<li>${t(`restore.dropped.${d.reason}`, { count: formatNumber(d.count), records: t(`restore.table.${d.table}`) })}</li>`)}
    </ul>`;
  }

  /** A bar: how much of a file being checked has been read; indeterminate for the other tasks. */
  private renderTask() {
    if (!this.task) return nothing;
    const label = t(this.task === 'backup' ? 'backup.working' : this.task === 'checking' ? 'restore.checking' : 'restore.restoring');
    const fraction = this.task === 'checking' ? this.progress : null;
    return html`<div class="task" role="status" aria-live="polite">${fraction === null
      ? html`<progress aria-label=${label}></progress>`
      : html`<progress aria-label=${label} max="1" .value=${fraction}></progress>`}<span>${label}</span></div>`;
  }

  override render() {
    return html`<section aria-labelledby="backup-h">
      <h2 id="backup-h">${t('settings.backup')}</h2>
      <p class="muted">${t('settings.backupHint')}</p>
      <div class="row">
        <button class="primary" ?disabled=${this.busy} @click=${() => void this.onBackup()}>${t('backup.button')}</button>
        <button ?disabled=${this.busy} @click=${() => this.fileInput.click()}>${t('restore.button')}</button>
        <input type="file" hidden accept=${BACKUP_EXTENSION} aria-label=${t('restore.button')} @change=${this.onFileChosen} />
      </div>
      ${this.renderTask()}
      ${this.renderRestorePanel()}
      <cy-passphrase-dialog></cy-passphrase-dialog>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-backup-section': BackupSection;
  }
}
