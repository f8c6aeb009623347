// The reader's toolbar: reading tools (text size, theme, find) in one quiet group, then the brief's
// own actions, with exports and Delete in a menu so a destructive action never sits one slip away.
// The toolbar never wraps: brief actions that do not fit its width move into that menu.
// Size, theme and read state are settled here; the rest it asks of the reader as a command.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { setReadState } from '../../../data/briefs.js';
import { TEXT_SIZES, THEMES, type Theme } from '../../../domain/settings.js';
import type { BriefRecord } from '../../../domain/types.js';
import { onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import type { MenuItem } from '../../components/menu-button.js';
import '../../components/menu-button.js';
import { mod } from '../../components/shortcuts-dialog.js';
import { t } from '../../i18n/index.js';
import { icon, type IconName } from '../../styles/icons.js';
import { controls } from '../../styles/tokens.js';
import { actionsThatFit, splitActions } from './toolbar-overflow.js';

/** The brief's own actions on the toolbar, the first the last to move into the menu. */
const BRIEF_ACTIONS = ['read', 'edit'] as const;

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
      /* Its width comes from the column, never from its contents: what does not fit moves instead. */
      :host { position: relative; contain: inline-size; }
      .toolbar { display: flex; flex-wrap: nowrap; gap: var(--cy-space-1); align-items: center; margin-bottom: var(--cy-space-3); }
      .toolbar .spacer { flex: 1; }
      button { white-space: nowrap; }
      /* An unseen copy of the brief actions, always all of them, to measure what they need. */
      .measure { position: absolute; visibility: hidden; pointer-events: none; display: flex; gap: var(--cy-space-1); white-space: nowrap; top: 0; left: 0; }
      .toolbar .group { display: inline-flex; gap: 2px; padding: 2px; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); }
    `,
  ];

  @property({ attribute: false }) brief?: BriefRecord;
  /** How many brief actions stay on the toolbar; the rest are in the More menu. */
  @state() private fitting: number = BRIEF_ACTIONS.length;
  @query('.toolbar') private bar?: HTMLElement;
  @query('.measure') private measure?: HTMLElement;
  private stopWatching?: () => void;
  // Both the toolbar's width and the actions' own (language, text size, density) decide what fits.
  private readonly resize = new ResizeObserver(() => this.refit());
  private observed?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    // The theme menu ticks the theme in force, wherever it was changed.
    this.stopWatching = onPreferencesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.resize.disconnect();
    this.observed = undefined;
  }

  protected override updated(): void {
    if (!this.bar || !this.measure || this.observed === this.bar) return;
    this.resize.disconnect();
    this.resize.observe(this.bar);
    this.resize.observe(this.measure);
    this.observed = this.bar;
  }

  private refit(): void {
    const bar = this.bar;
    if (!bar) return;
    const gap = parseFloat(getComputedStyle(bar).columnGap) || 0;
    const fixed = [...bar.querySelectorAll(':scope > .group, :scope > cy-menu-button')];
    const width = (el: Element) => el.getBoundingClientRect().width;
    const available = width(bar) - fixed.reduce((sum, el) => sum + width(el), 0) - 2 * gap;
    const widths = [...(this.measure?.children ?? [])].map(width);
    this.fitting = actionsThatFit(available, widths, gap);
  }

  private run(id: string): void {
    const b = this.brief;
    if (id === 'read' && b) void setReadState(b.id, b.readState === 'read' ? 'unread' : 'read');
    else this.command(id as ReaderCommand);
  }

  private command(command: ReaderCommand): void {
    this.dispatchEvent(new CustomEvent<ReaderCommand>('cy-reader-command', { detail: command }));
  }

  override render() {
    const b = this.brief;
    if (!b) return null;
    const theme = preferences().theme;
    const briefActions = BRIEF_ACTIONS.map((id) => ({
      id,
      icon: id === 'read' ? ('mark-read' as const) : ('edit' as const),
      label: id === 'edit' ? t('reader.editText') : b.readState === 'read' ? t('reader.markUnread') : t('reader.markRead'),
    }));
    const { shown, moved } = splitActions(briefActions, this.fitting);
    const actions: MenuItem[] = [
      ...moved.map((a) => ({ ...a, group: 'brief' })),
      { id: 'pdf', label: t('reader.exportPdf'), icon: 'export', shortcut: `${mod}+P`, group: 'export' },
      { id: 'md', label: t('reader.exportMarkdown'), icon: 'export', group: 'export' },
      { id: 'jsonld', label: t('reader.exportJsonLd'), icon: 'export', group: 'export' },
      { id: 'delete', label: t('reader.delete'), icon: 'delete', danger: true, group: 'delete' },
    ];
    const tool = (name: IconName, label: string, run: () => void, shortcut?: string) =>
      html`<button class="quiet" aria-label=${label} title=${shortcut ? `${label} (${shortcut})` : label} aria-keyshortcuts=${shortcut ?? nothing} @click=${run}>${icon(name)}</button>`;
    const action = (a: (typeof briefActions)[number]) => html`<button class="quiet" @click=${() => this.run(a.id)}>${icon(a.icon)}<span>${a.label}</span></button>`;
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
        ${tool('find', t('find.open'), () => this.command('find'), `${mod}+F`)}
      </div>
      <span class="spacer"></span>
      ${shown.map(action)}
      <cy-menu-button label=${t('reader.moreActions')} .items=${actions} @cy-menu-select=${(e: CustomEvent<string>) => this.run(e.detail)}></cy-menu-button>
    </div>
    <div class="measure" aria-hidden="true" inert>${briefActions.map(action)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-reader-toolbar': ReaderToolbar;
  }
}
