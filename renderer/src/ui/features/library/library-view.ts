import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { listBriefs, type BriefSort } from '../../../data/briefs.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { formatDate } from '../../format.js';

const SORTS: BriefSort[] = ['imported', 'published', 'title', 'source'];

@customElement('cy-library-view')
export class LibraryView extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; padding: 16px 24px; max-width: 980px; margin: 0 auto; }
      .toolbar { display: flex; align-items: center; gap: 12px; margin-bottom: 12px; }
      h1 { font-size: 1.4rem; margin: 0; flex: 1; }
      ul { list-style: none; padding: 0; margin: 0; }
      li a { display: block; padding: 12px 14px; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); margin-bottom: 8px;
        background: var(--cy-surface); color: inherit; text-decoration: none; }
      li a:hover { border-color: var(--cy-accent); }
      .title { font-weight: 600; font-size: 1.05rem; }
      .unread .title::before { content: '●'; color: var(--cy-accent); margin-right: 6px; font-size: 0.7em; vertical-align: middle; }
      .meta { color: var(--cy-muted); font-size: 0.9rem; margin-top: 4px; }
      .topics { margin-top: 6px; display: flex; gap: 6px; flex-wrap: wrap; }
      .topic { font-size: 0.8rem; padding: 1px 8px; border-radius: 999px; background: var(--cy-surface-2); }
    `,
  ];

  @state() private sort: BriefSort = 'imported';
  private briefs = new LiveQueryController(this, () => listBriefs(this.sort), () => [this.sort]);

  override render() {
    const briefs = this.briefs.value;
    if (briefs === undefined) return html`<p class="muted" role="status">${t('library.loading')}</p>`;
    if (!briefs.length) {
      return html`<div class="empty">
        <h1>${t('library.emptyTitle')}</h1>
        <p>${t('library.emptyBody')}</p>
        <button class="primary" @click=${() => this.dispatchEvent(new CustomEvent('cy-open-import', { bubbles: true, composed: true }))}>${t('import.choose')}</button>
      </div>`;
    }
    return html`
      <div class="toolbar">
        <h1>${t('library.title')}</h1>
        <label>${t('library.sortBy')}
          <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as BriefSort)}>
            ${SORTS.map((value) => html`<option value=${value} ?selected=${value === this.sort}>${t(`library.sort.${value}`)}</option>`)}
          </select>
        </label>
      </div>
      <ul aria-label=${t('library.list')}>
        ${briefs.map(
          (b) => html`<li class=${b.readState}>
            <a href=${hrefFor({ view: 'brief', id: b.id })}>
              <div class="title">${b.title}</div>
              <div class="meta">${[b.source.name, b.byline, formatDate(b.source.publishedAt)].filter(Boolean).join(' · ')}</div>
              ${b.topics.length ? html`<div class="topics">${b.topics.map((t) => html`<span class="topic">${t}</span>`)}</div>` : null}
            </a>
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-library-view': LibraryView;
  }
}
