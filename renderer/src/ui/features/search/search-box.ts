import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { searchClient, type IndexStatus } from '../../../search/search-client.js';
import { DOC_KINDS, type DocKind, type SearchHit, type SearchResults } from '../../../search/search-index.js';
import { t } from '../../i18n/index.js';
import { formatNumber } from '../../format.js';
import { highlighted } from './highlighted.js';
import { resultHref } from './result-href.js';
import { searchBoxStyles } from './search-box.styles.js';
import { afterLibrarySettled } from '../library/startup.js';
import { LanguageController } from '../../controllers/language.controller.js';

/** Long enough to skip queries for letters typed in a burst, short enough to feel instant. */
const DEBOUNCE_MS = 90;

/**
 * The header search: results grouped by kind appear under the box as the user types. A results
 * region of links: Down moves into it, Up/Down move between results, Escape closes it.
 */
@customElement('cy-search-box')
export class SearchBox extends LitElement {
  /** Outside the language-keyed main view: redraw on a language switch. */
  protected readonly languageWatch = new LanguageController(this);
  static override styles = searchBoxStyles;

  @state() private value = '';
  @state() private results: { query: string; results: SearchResults } | null = null;
  @state() private open = false;
  @state() private status: IndexStatus = searchClient().status;
  @query('input') private input!: HTMLInputElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest = 0;
  private offStatus?: () => void;
  /** A narrow box (a small window, or Spanish labels beside it) shows the short placeholder. */
  @state() private narrow = false;
  private sizeWatch = new ResizeObserver(([entry]) => (this.narrow = (entry?.contentRect.width ?? 0) < 300));

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeWatch.observe(this);
    const client = searchClient();
    this.offStatus = client.onStatus((s) => {
      // What was typed while the index was still building is looked up again once it is whole.
      if (s.state === 'ready' && this.status.state !== 'ready' && this.open) void this.run(this.value);
      this.status = s;
    });
    // Start-up draws the library first; the index builds once it has settled.
    afterLibrarySettled(() => client.start());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offStatus?.();
    this.sizeWatch.disconnect();
    clearTimeout(this.timer);
  }

  override focus(): void {
    this.input.focus();
    this.input.select();
  }

  private onInput(): void {
    this.value = this.input.value;
    this.open = this.value.trim() !== '';
    clearTimeout(this.timer);
    if (!this.open) {
      this.results = null;
      return;
    }
    this.timer = setTimeout(() => void this.run(this.value), DEBOUNCE_MS);
  }

  private async run(text: string): Promise<void> {
    const ticket = ++this.latest;
    const results = await searchClient().search(text);
    if (ticket === this.latest) this.results = { query: text, results };
  }

  private links(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.panel a')];
  }

  private close(refocus: boolean): void {
    this.open = false;
    if (refocus) this.input.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const links = this.links();
    const at = links.indexOf(this.shadowRoot?.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      if (this.open) e.preventDefault();
      this.close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.open || !links.length) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) this.input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (e.key === 'Enter' && at === -1 && links[0]) {
      e.preventDefault();
      links[0].click();
    }
  }

  /** Closes when focus leaves the box and its results for somewhere else. */
  private onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.shadowRoot?.contains(to)) this.open = false;
  }

  override render() {
    const building = this.status.state === 'building';
    return html`
      <div @keydown=${this.onKey} @focusout=${this.onFocusOut}>
        <input type="search" aria-label=${t('search.label')} placeholder=${t(this.narrow ? 'search.placeholderShort' : 'search.placeholder')} autocomplete="off"
          aria-describedby="search-status" .value=${this.value} @input=${this.onInput}
          @focus=${() => (this.open = this.value.trim() !== '')} />
        <div id="search-status" class="status" role="status">
          ${building && this.status.total
            ? t('search.indexing', { done: formatNumber(this.status.done), total: formatNumber(this.status.total) })
            : this.status.state === 'failed' ? t('search.failed') : nothing}
        </div>
        ${this.open ? this.renderPanel(building) : nothing}
      </div>
    `;
  }

  private renderPanel(building: boolean) {
    const current = this.results;
    const groups = current ? DOC_KINDS.filter((k) => current.results.groups[k].length) : [];
    return html`<div class="panel" role="region" aria-label=${t('search.results')} data-query=${current?.query ?? ''}>
      ${building ? html`<p class="note">${t('search.indexingPartial')}</p>` : nothing}
      ${current && !groups.length ? html`<p class="note">${t('search.none', { query: current.query })}</p>` : nothing}
      ${groups.map((kind) => this.renderGroup(kind, current!.results))}
      <p class="note">${t('search.help')}</p>
    </div>`;
  }

  private renderGroup(kind: DocKind, results: SearchResults) {
    return html`<section>
      <h2>${t(`search.group.${kind}`)}</h2>
      <ul aria-label=${t(`search.list.${kind}`)}>
        ${results.groups[kind].map((hit) => html`<li>${this.renderHit(hit)}</li>`)}
      </ul>
      ${results.more[kind] ? html`<p class="note">${t('search.more')}</p>` : nothing}
    </section>`;
  }

  private renderHit(hit: SearchHit) {
    const { snippet } = hit;
    return html`<a href=${resultHref(hit)} @click=${() => this.close(false)}>
      ${hit.kind === 'brief' ? html`<div class="title">${highlighted(hit.title, hit.titleMarks)}</div>` : nothing}
      <div class="snippet">${snippet.before ? '… ' : ''}${highlighted(snippet.text, snippet.marks)}${snippet.after ? ' …' : ''}</div>
      ${hit.kind === 'brief' || !hit.context
        ? nothing
        : html`<div class="context">${t(hit.kind === 'note' ? 'search.noteIn' : 'search.itemFrom', { title: hit.context })}</div>`}
    </a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-search-box': SearchBox;
  }
}
