import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { DENSITY_TOKENS, controls } from '../../styles/tokens.js';
import { DENSITIES, type Density } from '../../../domain/settings.js';
import { THEME_COLOURS } from '../../styles/themes.js';
import { ICON_NAMES, icon } from '../../styles/icons.js';
import { languageChoices, t, type Language } from '../../i18n/index.js';
import { highlightStyles } from '../reader/highlight.styles.js';
import { rowStyles } from '../library/library-view.styles.js';
import type { MenuItem } from '../../components/menu-button.js';
import '../../components/menu-button.js';

type ThemeName = keyof typeof THEME_COLOURS;

/** Custom properties written as CSS declarations, as a style map for one panel. */
function properties(declarations: string): Record<string, string> {
  return Object.fromEntries([...declarations.matchAll(/(--cy-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** A theme's colour roles as properties for one panel, so every theme shows side by side. */
const themeProperties = (theme: ThemeName) => properties(THEME_COLOURS[theme]);

/**
 * The component catalogue at #/catalog: every shared component in each state, in every theme and
 * in both languages, drawn with the app's own styles. Screenshot comparisons and the
 * accessibility check start here. It is not linked from the app's navigation.
 */
@customElement('cy-catalog-view')
export class CatalogView extends LitElement {
  static override styles = [
    controls,
    highlightStyles,
    rowStyles,
    css`
      .rows { list-style: none; padding: 0; margin: 0; }
      .rows li { position: relative; margin-bottom: 4px; }
      :host { display: block; padding: var(--cy-space-5); }
      h1 { font-size: var(--cy-step-3); margin: 0 0 var(--cy-space-2); }
      h2 { font-size: var(--cy-step-2); margin: var(--cy-space-5) 0 var(--cy-space-3); }
      h3 { font-size: var(--cy-step-0); margin: var(--cy-space-4) 0 var(--cy-space-2); color: var(--cy-muted); }
      .themes { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: var(--cy-space-4); }
      .theme { background: var(--cy-bg); color: var(--cy-text); border: 1px solid var(--cy-border); border-radius: var(--cy-radius-l); padding: var(--cy-space-4); }
      .row { display: flex; flex-wrap: wrap; gap: var(--cy-space-2); align-items: center; margin-bottom: var(--cy-space-2); }
      .card { background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: var(--cy-space-3); box-shadow: var(--cy-shadow-1); }
      .menu-sample { background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); box-shadow: var(--cy-shadow-2); padding: var(--cy-space-1); width: 16rem; }
      .menu-sample div { padding: var(--cy-space-2) var(--cy-space-3); border-radius: var(--cy-radius-s); display: flex; gap: var(--cy-space-2); align-items: center; }
      .menu-sample div.current { background: var(--cy-surface-2); }
      .menu-sample .danger { color: var(--cy-danger); }
      label { display: grid; gap: var(--cy-space-1); font-size: var(--cy-step--1); }
      .error { color: var(--cy-danger); font-size: var(--cy-step--1); margin: 0; }
      .chip { border: 1px solid currentColor; border-radius: 999px; padding: 0 var(--cy-space-2); font-size: var(--cy-step--1); }
      .ok { color: var(--cy-ok); } .warn { color: var(--cy-warn); } .danger-text { color: var(--cy-danger); }
      .reading-text { font-family: var(--cy-font-read); line-height: var(--cy-leading-read); max-width: var(--cy-measure); }
      .reading-text a { color: var(--cy-accent); }
      .icons { display: grid; grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr)); gap: var(--cy-space-2); }
      .icons figure { margin: 0; display: flex; gap: var(--cy-space-2); align-items: center; font-size: var(--cy-step--1); }
      .scale { display: flex; flex-direction: column; gap: var(--cy-space-1); }
      .toast { display: flex; gap: var(--cy-space-3); align-items: center; background: var(--cy-text); color: var(--cy-bg); border-radius: var(--cy-radius); padding: var(--cy-space-2) var(--cy-space-3); box-shadow: var(--cy-shadow-3); width: fit-content; }
      .toast button { background: transparent; color: inherit; border-color: currentColor; }
    `,
  ];

  private buttons(lang: Language): TemplateResult {
    const label = (key: Parameters<typeof t>[0]) => t(key, {}, lang);
    return html`
      <h3>${t('catalog.buttons', {}, lang)}</h3>
      <div class="row">
        <button class="primary">${label('import.button')}</button>
        <button>${label('common.cancel')}</button>
        <button class="quiet">${icon('edit')}<span>${label('reader.editText')}</span></button>
        <button class="danger">${icon('delete')}<span>${label('reader.delete')}</span></button>
        <button class="danger primary">${label('reader.delete')}</button>
      </div>
      <div class="row">
        <button class="is-hover">${t('catalog.hover', {}, lang)}</button>
        <button class="is-focus">${t('catalog.focus', {}, lang)}</button>
        <button class="primary" disabled>${t('catalog.disabled', {}, lang)}</button>
        <button aria-busy="true" disabled>${t('catalog.loading', {}, lang)}</button>
        <button class="quiet" aria-label=${label('reader.largerText')} title=${label('reader.largerText')}>${icon('text-larger')}</button>
        <button class="quiet" aria-pressed="true" aria-label=${label('find.open')}>${icon('find')}</button>
        <cy-menu-button label=${label('reader.moreActions')} .items=${this.menuItems(lang)}></cy-menu-button>
      </div>`;
  }

  private menuItems(lang: Language): MenuItem[] {
    return [
      { id: 'pdf', label: t('reader.exportPdf', {}, lang), icon: 'export', group: 'a' },
      { id: 'md', label: t('reader.exportMarkdown', {}, lang), group: 'a' },
      { id: 'delete', label: t('reader.delete', {}, lang), icon: 'delete', danger: true, group: 'b' },
    ];
  }

  private panel(theme: ThemeName, { value: lang, label: name }: { value: Language; label: string }): TemplateResult {
    const id = `${theme}-${lang}`;
    return html`<section class="theme" style=${styleMap(themeProperties(theme))} aria-labelledby=${id}>
      <h2 id=${id}>${t(`theme.${theme}`, {}, lang)} · ${name}</h2>
      ${this.buttons(lang)}
      <h3>${t('catalog.menu', {}, lang)}</h3>
      <div class="menu-sample" aria-hidden="true">
        <div class="current">${icon('export')}${t('reader.exportPdf', {}, lang)}</div>
        <div>${t('reader.exportMarkdown', {}, lang)}</div>
        <div class="danger">${icon('delete')}${t('reader.delete', {}, lang)}</div>
      </div>
      <h3>${t('catalog.fields', {}, lang)}</h3>
      <div class="row">
        <label>${t('checklists.col.owner', {}, lang)}<input value=${t('catalog.longText', {}, lang)} /></label>
        <label>${t('checklists.col.due', {}, lang)}<input aria-invalid="true" aria-describedby=${`${id}-due`} value="31/31" /></label>
        <label>${t('settings.theme', {}, lang)}<select><option>${t(`theme.${theme}`, {}, lang)}</option></select></label>
      </div>
      <p class="error" id=${`${id}-due`}>${t('catalog.fieldError', {}, lang)}</p>
      <h3>${t('catalog.status', {}, lang)}</h3>
      <div class="row"><span class="chip ok">${t('status.done', {}, lang)}</span><span class="chip warn">${t('status.blocked', {}, lang)}</span><span class="chip danger-text">${t('catalog.overdue', {}, lang)}</span></div>
      <h3>${t('catalog.reading', {}, lang)}</h3>
      <p class="reading-text card">
        ${t('catalog.readingSample', {}, lang)}
        <mark class="cy-hl" data-color="yellow">${t('catalog.highlighted', {}, lang)}</mark>,
        <mark class="cy-hl" data-item="x" data-color="item">${t('catalog.tracked', {}, lang)}</mark>,
        <a href="#/catalog">${t('catalog.link', {}, lang)}</a>.
      </p>
      <h3>${t('catalog.empty', {}, lang)}</h3>
      <div class="empty card"><h2>${t('library.emptyTitle', {}, lang)}</h2><p>${t('library.emptyBody', {}, lang)}</p></div>
      <h3>${t('catalog.toast', {}, lang)}</h3>
      <div class="toast">${t('annotations.deleted', {}, lang)}<button>${t('common.undo', {}, lang)}</button></div>
    </section>`;
  }

  /** One density's spacing, with the controls and library rows it tightens. */
  private densityPanel(density: Density, { value: lang, label: name }: { value: Language; label: string }): TemplateResult {
    const id = `density-${density}-${lang}`;
    const row = (state: 'unread' | 'reading', open: number) => html`<li class=${state}>
      <a href="#/catalog">
        <div class="title"><span class="state" aria-hidden="true"></span>${t('catalog.rowTitle', {}, lang)}<span class="visually-hidden">, ${t(`library.read.${state}`, {}, lang)}</span></div>
        <div class="details">
          <div class="meta">${t('catalog.rowSource', {}, lang)}</div>
          <div class="extras">
            <span class="open">${icon('checklist')}${t('library.openItems', { count: open }, lang)}</span>
            <div class="topics"><span class="topic">${t('catalog.densities', {}, lang)}</span><span class="tag">#q3</span></div>
          </div>
        </div>
      </a>
    </li>`;
    return html`<section class="theme" style=${styleMap(properties(DENSITY_TOKENS[density]))} aria-labelledby=${id}>
      <h2 id=${id}>${t(`settings.density.${density}`, {}, lang)} · ${name}</h2>
      ${this.buttons(lang)}
      <ul class="rows" aria-label=${t('library.list', {}, lang)}>${row('unread', 1)}${row('reading', 3)}</ul>
    </section>`;
  }

  override render() {
    return html`
      <h1>${t('catalog.title')}</h1>
      <p class="muted">${t('catalog.intro')}</p>
      <div class="themes">
        ${(Object.keys(THEME_COLOURS) as ThemeName[]).flatMap((theme) => languageChoices().map((language) => this.panel(theme, language)))}
      </div>
      <h2>${t('catalog.densities')}</h2>
      <div class="themes">
        ${DENSITIES.flatMap((density) => languageChoices().map((language) => this.densityPanel(density, language)))}
      </div>
      <h2>${t('catalog.icons')}</h2>
      <div class="icons">${ICON_NAMES.map((name) => html`<figure>${icon(name)}<figcaption>${name}</figcaption></figure>`)}</div>
      <h2>${t('catalog.type')}</h2>
      <div class="scale">
        ${([-1, 0, 1, 2, 3, 4] as const).map((step) => html`<span style=${styleMap({ fontSize: `var(--cy-step-${step})` })}>${t('catalog.typeSample', { step })}</span>`)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-catalog-view': CatalogView;
  }
}
