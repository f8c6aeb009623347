import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { deleteForever, emptyTrash, listTrash, restoreBriefFromTrash, TRASH_DAYS } from '../../../data/trash.js';
import type { RestoreMode, RestoreResult } from '../../../data/backup.js';
import { BACKUP_TABLES } from '../../../domain/backup/index.js';
import { MARKING_PRESETS, TEXT_SIZES, THEMES, type Preferences, type Theme } from '../../../domain/settings.js';
import { platform } from '../../../platform/index.js';
import type { AppInfo, SnapshotInfo } from '../../../platform/platform.js';
import { chooseDefaultMarking, onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import { writeOrTell } from '../../storage-message.js';
import { emit } from '../../events.js';
import { formatNumber, localeFor } from '../../format.js';
import { t, currentLanguage, languageChoices } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { listAnnotatedBriefs } from '../../../data/annotations.js';
import './topic-lexicon.js';
import { saveAnnotations, type AnnotationFormat } from '../reader/annotation-export.js';
import { BACKUP_EXTENSION, backUpLibrary, checkBackupFile, restoreChecked, takePendingRestore, type CheckedFile } from './library-actions.js';


const when = (ms: number): string =>
  new Intl.DateTimeFormat(localeFor(currentLanguage()), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** Settings: preferences, backup and restore, snapshots (desktop) and the Trash. */
@customElement('cy-settings-view')
export class SettingsView extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; padding: 16px 24px 48px; max-width: 860px; margin: 0 auto; }
      section { border-top: 1px solid var(--cy-border); padding: 8px 0 16px; }
      h2 { font-size: 1.15rem; }
      .grid { display: grid; grid-template-columns: minmax(160px, 220px) minmax(0, 1fr); gap: 10px 16px; align-items: center; }
      .grid input, .grid select { max-width: 360px; }
      .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      ul.records { list-style: none; padding: 0; margin: 8px 0; }
      ul.records li { display: flex; gap: 8px; align-items: center; padding: 6px 0; border-bottom: 1px solid var(--cy-border); }
      ul.records li .what { flex: 1; min-width: 0; }
      .panel { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); padding: 12px 16px; margin-top: 12px; }
      .error { border-color: var(--cy-danger); }
      .error strong { color: var(--cy-danger); }
      table { border-collapse: collapse; margin: 8px 0; }
      th, td { text-align: left; padding: 2px 12px 2px 0; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; }
      .task { display: flex; gap: 10px; align-items: center; margin-top: 12px; color: var(--cy-muted); }
      .task progress { width: 180px; accent-color: var(--cy-accent); }
    `,
  ];

  @state() private checked: CheckedFile | null = null;
  /** The long task running, named so its label says what is happening; buttons wait for it. */
  @state() private task: 'backup' | 'checking' | 'restoring' | null = null;
  @state() private result: RestoreResult | null = null;
  /** How much of the file being checked has been read (0..1), when the check reports it. */
  @state() private progress: number | null = null;
  @state() private snapshots: SnapshotInfo[] | null = null;
  @state() private snapshotError = '';
  @state() private confirmEmpty = false;
  /** How the host checks spelling (told by the platform), shown so nobody wonders why it is off. */
  @state() private spellcheckMode: AppInfo['spellcheck'] | null = null;
  @query('input[type=file]') private fileInput!: HTMLInputElement;
  private trash = new LiveQueryController(this, () => listTrash());
  private cleanup: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.cleanup.push(onPreferencesChange(() => this.requestUpdate()));
    const pending = takePendingRestore(() => this.adoptPending());
    this.cleanup.push(pending.stop);
    if (pending.file) void this.showChecked(pending.file);
    void this.loadSnapshots();
    void platform()
      .appInfo()
      .then((info) => {
        if (info.ok) this.spellcheckMode = info.value.spellcheck;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forgetChecked();
    this.cleanup.forEach((off) => off());
    this.cleanup = [];
  }

  private adoptPending(): void {
    const { file, stop } = takePendingRestore(() => undefined);
    stop();
    if (file) void this.showChecked(file);
  }

  private async showChecked(file: Promise<CheckedFile>): Promise<void> {
    this.result = null;
    this.task = 'checking';
    this.forgetChecked();
    this.checked = await file;
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

  private async loadSnapshots(): Promise<void> {
    const store = platform().snapshots;
    if (!store) return;
    const list = await store.list();
    if (list.ok) this.snapshots = list.value.snapshots;
    else this.snapshotError = list.error.message;
  }

  private get busy(): boolean {
    return this.task !== null;
  }

  private async onBackup(): Promise<void> {
    this.task = 'backup';
    try {
      const saved = await backUpLibrary();
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

  private async onRestoreSnapshot(snapshot: SnapshotInfo): Promise<void> {
    const bytes = await platform().snapshots?.read(snapshot.name);
    if (!bytes) return;
    await this.showChecked(bytes.ok ? checkBackupFile(when(snapshot.createdAt), bytes.value, this.onProgress) : Promise.resolve({ ok: false, name: snapshot.name, reason: bytes.error.message }));
  }

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

  private async onTrashRestore(id: string, title: string): Promise<void> {
    await restoreBriefFromTrash(id);
    emit(this, 'cy-toast', { kind: 'success', message: t('trash.restored', { title }) });
  }

  private async onEmptyTrash(): Promise<void> {
    this.confirmEmpty = false;
    const count = await emptyTrash();
    emit(this, 'cy-toast', { kind: 'info', message: t('trash.emptied', { count }) });
  }

  private renderPreferences() {
    const p = preferences();
    const set = <K extends keyof Preferences>(key: K) => (value: Preferences[K]) => void writeOrTell(this, () => updatePreference(key, value));
    // Any marking set here, even none, is the user's choice: the first export need not ask.
    const setMarking = (marking: string) => void writeOrTell(this, () => chooseDefaultMarking(marking));
    return html`<section aria-labelledby="prefs-h">
      <h2 id="prefs-h">${t('settings.preferences')}</h2>
      <div class="grid">
        <label for="author">${t('settings.author')}</label>
        <input id="author" .value=${p.authorName} autocomplete="name" @change=${(e: Event) => set('authorName')((e.target as HTMLInputElement).value.trim())} />
        <label for="marking">${t('settings.marking')}</label>
        <div class="row">
          <input id="marking" list="marking-presets" .value=${p.defaultMarking} @change=${(e: Event) => setMarking((e.target as HTMLInputElement).value.trim())} />
          <datalist id="marking-presets">${MARKING_PRESETS.map((m) => html`<option value=${m}></option>`)}</datalist>
          <select aria-label=${t('settings.markingPresets')} @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            if (select.value) setMarking(select.value);
            select.value = '';
          }}>
            <option value="">${t('settings.markingPresets')}</option>
            ${MARKING_PRESETS.map((m) => html`<option value=${m}>${m}</option>`)}
          </select>
        </div>
        <label for="paper">${t('settings.paper')}</label>
        <select id="paper" @change=${(e: Event) => set('paper')((e.target as HTMLSelectElement).value as Preferences['paper'])}>
          ${(['A4', 'Letter'] as const).map((v) => html`<option value=${v} ?selected=${p.paper === v}>${t(`settings.paper.${v}`)}</option>`)}
        </select>
        <label for="theme">${t('settings.theme')}</label>
        <select id="theme" @change=${(e: Event) => set('theme')((e.target as HTMLSelectElement).value as Theme)}>
          ${THEMES.map((v) => html`<option value=${v} ?selected=${p.theme === v}>${t(`theme.${v}`)}</option>`)}
        </select>
        <label for="language">${t('settings.language')}</label>
        <select id="language" @change=${(e: Event) => set('language')((e.target as HTMLSelectElement).value as Preferences['language'])}>
          <option value="" ?selected=${p.language === ''}>${t('settings.language.system')}</option>
          ${languageChoices().map(({ value, label }) => html`<option value=${value} ?selected=${p.language === value}>${label}</option>`)}
        </select>
        <label for="text-size">${t('settings.textSize')}</label>
        <select id="text-size" @change=${(e: Event) => set('textSize')(Number((e.target as HTMLSelectElement).value))}>
          ${TEXT_SIZES.map((v) => html`<option value=${v} ?selected=${p.textSize === v}>${t('settings.textSizeValue', { size: v })}</option>`)}
        </select>
        ${this.spellcheckMode
          ? html`<span>${t('settings.spellcheck')}</span>
              <span class="muted">${t(`settings.spellcheck.${this.spellcheckMode}`)}</span>`
          : nothing}
      </div>
    </section>`;
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

  private renderAnnotationExport() {
    const save = async (format: AnnotationFormat) => saveAnnotations(this, await listAnnotatedBriefs(), format, t('settings.allAnnotationsFile'));
    return html`<section aria-labelledby="ann-export-h">
      <h2 id="ann-export-h">${t('settings.annotations')}</h2>
      <p class="muted">${t('settings.annotationsHint')}</p>
      <div class="row">
        <button @click=${() => void save('jsonld')}>${t('reader.exportJsonLd')}</button>
        <button @click=${() => void save('md')}>${t('reader.exportMarkdown')}</button>
      </div>
    </section>`;
  }

  private renderBackup() {
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
    </section>`;
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

  private renderSnapshots() {
    const desktop = platform().snapshots !== null;
    return html`<section aria-labelledby="snap-h">
      <h2 id="snap-h">${t('snapshots.title')}</h2>
      ${!desktop
        ? html`<p class="muted">${t('snapshots.desktopOnly')}</p>`
        : html`<p class="muted">${t('snapshots.hint')}</p>
            ${this.snapshotError ? html`<p role="alert">${this.snapshotError}</p>` : nothing}
            ${this.snapshots?.length === 0 ? html`<p class="muted">${t('snapshots.none')}</p>` : nothing}
            <ul class="records" aria-label=${t('snapshots.list')}>
              ${(this.snapshots ?? []).map(
                (s) => html`<li><span class="what">${when(s.createdAt)} <span class="muted">(${formatNumber(Math.ceil(s.size / 1024))} KB)</span></span>
                  <button ?disabled=${this.busy} aria-label=${t('snapshots.restoreOf', { date: when(s.createdAt) })} @click=${() => void this.onRestoreSnapshot(s)}>${t('snapshots.restore')}</button></li>`,
              )}
            </ul>`}
    </section>`;
  }

  private renderTrash() {
    const briefs = this.trash.value;
    return html`<section aria-labelledby="trash-h">
      <h2 id="trash-h">${t('trash.title')}</h2>
      <p class="muted">${t('trash.hint', { days: TRASH_DAYS })}</p>
      ${briefs === undefined ? html`<p class="muted" role="status">${t('library.loading')}</p>` : nothing}
      ${briefs?.length === 0 ? html`<p class="muted">${t('trash.empty')}</p>` : nothing}
      ${briefs?.length
        ? html`<ul class="records" aria-label=${t('trash.list')}>
              ${briefs.map(
                (b) => html`<li><span class="what">${b.title} <span class="muted">— ${t('trash.deletedOn', { date: when(b.deletedAt ?? 0) })}</span></span>
                  <button aria-label=${t('trash.restoreOf', { title: b.title })} @click=${() => void this.onTrashRestore(b.id, b.title)}>${t('trash.restore')}</button>
                  <button class="danger" aria-label=${t('trash.deleteOf', { title: b.title })} @click=${() => void deleteForever(b.id)}>${t('trash.deleteForever')}</button></li>`,
              )}
            </ul>
            <div class="row">
              ${this.confirmEmpty
                ? html`<span role="alert">${t('trash.confirmEmpty', { count: briefs.length })}</span>
                    <button class="danger" @click=${() => void this.onEmptyTrash()}>${t('trash.emptyNow')}</button>
                    <button @click=${() => (this.confirmEmpty = false)}>${t('common.cancel')}</button>`
                : html`<button class="danger" @click=${() => (this.confirmEmpty = true)}>${t('trash.emptyTrash')}</button>`}
            </div>`
        : nothing}
    </section>`;
  }

  override render() {
    return html`<h1>${t('settings.title')}</h1>
      ${this.renderPreferences()} ${this.renderBackup()} ${this.renderAnnotationExport()} <cy-topic-lexicon></cy-topic-lexicon> ${this.renderSnapshots()} ${this.renderTrash()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-settings-view': SettingsView;
  }
}
