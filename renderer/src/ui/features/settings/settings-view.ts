// Settings (#/settings): one component per section. The view only lays them out and lets the
// snapshots section hand a chosen snapshot to the backup section, which restores it.
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { BackupSection } from './backup-section.js';
import type { StartCheck } from './snapshots-section.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import './preferences-section.js';
import './protection-section.js';
import './backup-section.js';
import './annotation-export-section.js';
import './redaction-section.js';
import './marking-section.js';
import './topic-lexicon.js';
import './snapshots-section.js';
import './trash-section.js';

/** Settings: preferences, protection, backup and restore, annotations, topics, snapshots (desktop) and the Trash. */
@customElement('cy-settings-view')
export class SettingsView extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; padding: var(--cy-space-4) var(--cy-space-5) var(--cy-space-7); max-width: 860px; margin: 0 auto; }
    `,
  ];

  /** A backup or restore is running; snapshots wait for it. */
  @state() private busy = false;
  @query('cy-backup-section') private backup!: BackupSection;

  override render() {
    return html`<h1>${t('settings.title')}</h1>
      <cy-preferences-section></cy-preferences-section>
      <cy-protection-section></cy-protection-section>
      <cy-backup-section @cy-backup-busy=${(e: CustomEvent<boolean>) => (this.busy = e.detail)}></cy-backup-section>
      <cy-annotation-export-section></cy-annotation-export-section>
      <cy-marking-section></cy-marking-section>
      <cy-redaction-section></cy-redaction-section>
      <cy-topic-lexicon></cy-topic-lexicon>
      <cy-snapshots-section ?busy=${this.busy} @cy-snapshot-chosen=${(e: CustomEvent<StartCheck>) => void this.backup.checkSnapshot(e.detail)}></cy-snapshots-section>
      <cy-trash-section></cy-trash-section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-settings-view': SettingsView;
  }
}
