// Settings › Snapshots (desktop only): the automatic copies the main process keeps; choosing one
// hands its bytes to the backup section, which checks them and offers the restore.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { platform } from '../../../platform/index.js';
import type { SnapshotInfo } from '../../../platform/platform.js';
import { formatNumber } from '../../format.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { checkBackupFile, type CheckedFile } from './library-actions.js';
import { sectionStyles, when } from './settings-section.js';

/** A snapshot the user chose to restore: starts its check, reporting how much has been read. */
export type StartCheck = (onProgress: (fraction: number) => void) => Promise<CheckedFile>;

@customElement('cy-snapshots-section')
export class SnapshotsSection extends LitElement {
  static override styles = [controls, sectionStyles];

  /** A backup or restore is running: a second one must wait. */
  @property({ type: Boolean }) busy = false;
  @state() private snapshots: SnapshotInfo[] | null = null;
  @state() private snapshotError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const store = platform().snapshots;
    if (!store) return;
    const list = await store.list();
    if (list.ok) this.snapshots = list.value.snapshots;
    else this.snapshotError = list.error.message;
  }

  private async choose(snapshot: SnapshotInfo): Promise<void> {
    const bytes = await platform().snapshots?.read(snapshot.name);
    if (!bytes) return;
    const start: StartCheck = (onProgress) =>
      bytes.ok ? checkBackupFile(when(snapshot.createdAt), bytes.value, onProgress) : Promise.resolve({ ok: false, name: snapshot.name, reason: bytes.error.message });
    this.dispatchEvent(new CustomEvent<StartCheck>('cy-snapshot-chosen', { detail: start }));
  }

  override render() {
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
                  <button ?disabled=${this.busy} aria-label=${t('snapshots.restoreOf', { date: when(s.createdAt) })} @click=${() => void this.choose(s)}>${t('snapshots.restore')}</button></li>`,
              )}
            </ul>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-snapshots-section': SnapshotsSection;
  }
}
