// The reader's toolbar: reading tools (text size, theme, find) in one quiet group, then the brief's
// own actions, with exports and Delete in a menu so a destructive action never sits one slip away.
// Size, theme and read state are settled here; the rest it asks of the reader as a command.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { setReadState } from '../../../data/briefs.js';
import { TEXT_SIZES, THEMES, type Theme } from '../../../domain/settings.js';
import type { BriefRecord } from '../../../domain/types.js';
import { onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import type { MenuItem } from '../../components/menu-button.js';
import '../../components/menu-button.js';
import { t } from '../../i18n/index.js';
import { icon, type IconName } from '../../styles/icons.js';
import { controls } from '../../styles/tokens.js';

/** What the toolbar asks the reader to do. */
export type ReaderCommand = 'find' | 'edit' | 'pdf' | 'md' | 'jsonld' | 'delete';

/** The next text size along, from the current one, clamped to the sizes offered. */
export function nextTextSize(current: number, step: number): number {
  const sizes = [...TEXT_SIZES] as number[];
  const index = sizes.indexOf(current);
  return sizes[Math.max(0, Math.min(sizes.length - 1, (index < 0 ? 2 : index) + step))]!;
}

@customElement('cy-reader-toolbar')
export class ReaderToolbar extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; }
      .toolbar { display: flex; flex-wrap: wrap; gap: var(--cy-space-1); align-items: center; margin-bottom: var(--cy-space-3); }
      .toolbar .spacer { flex: 1; }
      .toolbar .group { display: inline-flex; gap: 2px; padding: 2px; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); }
    `,
  ];

  @property({ attribute: false }) brief?: BriefRecord;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // The theme menu ticks the theme in force, wherever it was changed.
    this.stopWatching = onPreferencesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  private command(command: ReaderCommand): void {
    this.dispatchEvent(new CustomEvent<ReaderCommand>('cy-reader-command', { detail: command }));
  }

  override render() {
    const b = this.brief;
    if (!b) return null;
    const theme = preferences().theme;
    const actions: MenuItem[] = [
      { id: 'pdf', label: t('reader.exportPdf'), icon: 'export', group: 'export' },
      { id: 'md', label: t('reader.exportMarkdown'), icon: 'export', group: 'export' },
      { id: 'jsonld', label: t('reader.exportJsonLd'), icon: 'export', group: 'export' },
      { id: 'delete', label: t('reader.delete'), icon: 'delete', danger: true, group: 'delete' },
    ];
    const tool = (name: IconName, label: string, run: () => void) =>
      html`<button class="quiet" aria-label=${label} title=${label} @click=${run}>${icon(name)}</button>`;
    const resize = (step: number) => void updatePreference('textSize', nextTextSize(preferences().textSize, step));
    return html`<div class="toolbar" role="toolbar" aria-label=${t('reader.toolbar')}>
      <div class="group" role="group" aria-label=${t('reader.readingTools')}>
        ${tool('text-smaller', t('reader.smallerText'), () => resize(-1))}
        ${tool('text-larger', t('reader.largerText'), () => resize(1))}
        <cy-menu-button
          label=${t('settings.theme')}
          icon="theme"
          placement="bottom-start"
          .items=${THEMES.map((th) => ({ id: th, label: t(`theme.${th}`), checked: th === theme }))}
          @cy-menu-select=${(e: CustomEvent<Theme>) => void updatePreference('theme', e.detail)}
        ></cy-menu-button>
        ${tool('find', t('find.open'), () => this.command('find'))}
      </div>
      <span class="spacer"></span>
      <button class="quiet" @click=${() => void setReadState(b.id, b.readState === 'read' ? 'unread' : 'read')}>
        ${icon('mark-read')}<span>${b.readState === 'read' ? t('reader.markUnread') : t('reader.markRead')}</span>
      </button>
      <button class="quiet" @click=${() => this.command('edit')}>${icon('edit')}<span>${t('reader.editText')}</span></button>
      <cy-menu-button label=${t('reader.moreActions')} .items=${actions} @cy-menu-select=${(e: CustomEvent<string>) => this.command(e.detail as ReaderCommand)}></cy-menu-button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-reader-toolbar': ReaderToolbar;
  }
}
