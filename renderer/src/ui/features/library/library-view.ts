import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import type { BriefSort } from '../../../data/briefs.js';
import { listBooks } from '../../../data/books.js';
import { briefsByIds, firstPage, isUnfiltered, libraryFacets, libraryIds, NO_FILTER, openItemCounts, type LibraryFacets, type LibraryFilter } from '../../../data/library-query.js';
import type { Book, BriefRecord } from '../../../domain/types.js';
import { t, topicLabel } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { formatDate } from '../../format.js';
import { libraryParams, parseLibraryParams, SORTS } from './library-url.js';
import { scrollToShow, visibleRows } from './virtual-window.js';
import { EMPTY_SELECTION, extendTo, keepOnly, toggle, type Selection } from './selection.js';
import { rememberOrder } from './library-order.js';
import './library-bulk-bar.js';
import { rowForKey } from './list-keys.js';
import { renderFilters } from './library-filters.js';
import { libraryStyles } from './library-view.styles.js';
import { librarySettled } from './startup.js';
import { DensityController } from '../../controllers/density.controller.js';
import { icon } from '../../styles/icons.js';
import '../lock/protection-offer.js';
import { preferences } from '../../app/preferences.js';
import { levelBadge } from '../marking/level-name.js';

/** Rows read for the first paint, before the full id list is known. */
const FIRST_PAGE = 40;

/**
 * The library: a windowed list over the ids of the briefs the filters keep. Ids come from index
 * keys (cheap even at 10,000); records are read only for the rows on screen.
 */
@customElement('cy-library-view')
export class LibraryView extends LitElement {
  static override styles = libraryStyles;

  /** The route's query parameters: sort and filters live in the URL. */
  @property({ attribute: false }) params = new URLSearchParams();

  @state() private sort: BriefSort = 'imported';
  @state() private filter: LibraryFilter = NO_FILTER;
  @state() private first: BriefRecord[] | null = null;
  @state() private window = { start: 0, end: FIRST_PAGE };
  @state() private selection: Selection = EMPTY_SELECTION;
  @state() private focusRow = 0;
  @query('.viewport') private viewport?: HTMLElement;

  private rows = new Map<string, BriefRecord>();
  /** Open checklist items per brief, read with the rows in view. */
  private openItems = new Map<string, number>();
  /** Rows have one pitch per density, and the list draws only the rows in view, placed by index. */
  private density = new DensityController(this, () => requestAnimationFrame(() => this.onScroll()));
  private fetching = new Set<string>();
  private firstRowsMarked = false;
  private seenIds: readonly string[] | undefined;
  private staleRows = false;
  private filterKey = '';

  private ids?: LiveQueryController<string[]>;
  private facets?: LiveQueryController<LibraryFacets>;
  private books?: LiveQueryController<Book[]>;

  /**
   * The full id list (a key scan of the whole sort index), the facets and the books are read only
   * once the first rows are drawn: IndexedDB answers in turn, so reading them first delays those rows.
   */
  private startQueries(): void {
    if (this.ids) return;
    this.ids = new LiveQueryController(this, () => libraryIds(this.sort, this.filter), () => [this.sort, this.filterKey]);
    this.facets = new LiveQueryController(this, libraryFacets);
    this.books = new LiveQueryController(this, listBooks);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      const next = parseLibraryParams(this.params);
      this.sort = next.sort;
      this.filter = next.filter;
    }
    if (this.ids?.value !== this.seenIds) {
      this.seenIds = this.ids?.value;
      this.staleRows = this.rows.size > 0;
    }
    const key = JSON.stringify([this.sort, this.filter]);
    if (key !== this.filterKey) {
      this.filterKey = key;
      this.first = null;
      this.rows = new Map();
      if (isUnfiltered(this.filter)) void this.loadFirstPage(key);
      else this.startQueries();
    }
  }

  /** Start-up path: the first screenful straight off the sort index, before the id list arrives. */
  private async loadFirstPage(key: string): Promise<void> {
    const page = await firstPage(this.sort, FIRST_PAGE);
    if (key !== this.filterKey) return;
    for (const b of page) this.rows.set(b.id, b);
    this.first = page;
    // Counts come after the first paint: they are a second index read the titles need not wait for.
    const open = await openItemCounts(page.map((b) => b.id));
    if (key !== this.filterKey) return;
    for (const b of page) this.openItems.set(b.id, open.get(b.id) ?? 0);
    this.requestUpdate();
  }

  private get order(): readonly string[] | undefined {
    return this.ids?.value ?? this.first?.map((b) => b.id);
  }

  protected override updated(): void {
    const order = this.order;
    if (!order) return;
    const ids = this.ids?.value;
    if (ids) {
      rememberOrder(ids);
      const kept = keepOnly(this.selection, ids);
      if (kept !== this.selection) this.selection = kept;
      librarySettled();
    }
    if (!this.firstRowsMarked && order.length && this.rows.has(order[0]!)) {
      this.firstRowsMarked = true;
      performance.mark('cy-first-rows');
    }
    // Drawn (rows or the empty library): now the rest of the view's reads.
    this.startQueries();
    this.fetchVisible(order);
  }

  /**
   * Reads the records of rows in view that are not cached yet (one bulkGet per batch). After the
   * id list changed (some brief was written), every cached row may be stale: re-read those in view.
   */
  private fetchVisible(order: readonly string[]): void {
    const visible = order.slice(this.window.start, this.window.end);
    const refresh = this.staleRows;
    this.staleRows = false;
    const wanted = refresh ? visible : visible.filter((id) => !this.rows.has(id) && !this.fetching.has(id));
    if (!wanted.length) return;
    wanted.forEach((id) => this.fetching.add(id));
    const key = this.filterKey;
    void Promise.all([briefsByIds(wanted), openItemCounts(wanted)]).then(([briefs, open]) => {
      wanted.forEach((id) => this.fetching.delete(id));
      if (key !== this.filterKey) return;
      if (refresh) this.rows = new Map();
      for (const b of briefs) this.rows.set(b.id, b);
      for (const id of wanted) this.openItems.set(id, open.get(id) ?? 0);
      this.requestUpdate();
    });
  }

  private onScroll(): void {
    const v = this.viewport;
    if (!v) return;
    const next = visibleRows(v.scrollTop, v.clientHeight, this.density.pitch, this.order?.length ?? 0);
    if (next.start !== this.window.start || next.end !== this.window.end) this.window = next;
  }

  private setState(sort: BriefSort, filter: LibraryFilter): void {
    this.sort = sort;
    this.filter = filter;
    this.selection = EMPTY_SELECTION;
    this.focusRow = 0;
    if (this.viewport) this.viewport.scrollTop = 0;
    // Replace, not push: filters are view state, and a hashchange would re-render the whole view.
    history.replaceState(null, '', hrefFor({ view: 'library' }, libraryParams({ sort, filter })));
  }

  private setFilter<K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]): void {
    this.setState(this.sort, { ...this.filter, [key]: value });
  }

  // ---- keyboard and selection ------------------------------------------------------------

  private onListKey(e: KeyboardEvent): void {
    const order = this.order;
    if (!order?.length) return;
    const page = Math.max(1, Math.floor((this.viewport?.clientHeight ?? this.density.pitch) / this.density.pitch) - 1);
    const row = rowForKey(e.key, this.focusRow, order.length, page);
    if (row !== null) {
      e.preventDefault();
      this.moveFocus(row);
    } else if (e.key === ' ') {
      e.preventDefault();
      const id = order[this.focusRow];
      if (id) this.selection = e.shiftKey ? extendTo(this.selection, id, order) : toggle(this.selection, id);
    }
  }

  private moveFocus(row: number): void {
    this.focusRow = row;
    const v = this.viewport;
    if (v) {
      const top = scrollToShow(row, v.scrollTop, v.clientHeight, this.density.pitch);
      if (top !== null) {
        v.scrollTop = top;
        this.onScroll();
      }
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`li[data-row="${row}"] a`)?.focus());
  }

  private onCheck(e: MouseEvent, id: string, row: number): void {
    const order = this.order ?? [];
    this.focusRow = row;
    this.selection = e.shiftKey ? extendTo(this.selection, id, order) : toggle(this.selection, id);
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    const order = this.order;
    if (order === undefined) return html`<p class="muted" role="status">${t('library.loading')}</p>`;
    const unfiltered = isUnfiltered(this.filter);
    if (!order.length && unfiltered) {
      return html`<div class="empty">
        <h1>${t('library.emptyTitle')}</h1>
        <p>${t('library.emptyBody')}</p>
        <button class="primary" @click=${() => this.dispatchEvent(new CustomEvent('cy-open-import', { bubbles: true, composed: true }))}>${t('import.choose')}</button>
        <button @click=${() => this.dispatchEvent(new CustomEvent('cy-open-import', { bubbles: true, composed: true, detail: { folder: true } }))}>${t('import.folder')}</button>
        <button @click=${() => this.dispatchEvent(new CustomEvent('cy-load-sample', { bubbles: true, composed: true }))}>${t('sample.load')}</button>
        <p class="hint">${t('import.folderHint')}</p>
        <cy-protection-offer></cy-protection-offer>
      </div>`;
    }
    return html`
      <div class="toolbar">
        <h1>${t('library.title')}</h1>
        ${this.ids?.value ? html`<span class="muted count">${t('library.count', { count: this.ids.value.length })}</span>` : nothing}
        <label>${t('library.sortBy')}
          <select @change=${(e: Event) => this.setState((e.target as HTMLSelectElement).value as BriefSort, this.filter)}>
            ${SORTS.map((value) => html`<option value=${value} ?selected=${value === this.sort}>${t(`library.sort.${value}`)}</option>`)}
          </select>
        </label>
      </div>
      ${renderFilters({ filter: this.filter, facets: this.facets?.value, books: this.books?.value ?? [], set: (key, value) => this.setFilter(key, value), clear: () => this.setState(this.sort, NO_FILTER) })}
      ${this.selection.ids.size
        ? html`<cy-library-bulk-bar .selection=${this.selection} .order=${order} .books=${this.books?.value ?? []}
            @cy-selection-change=${(e: CustomEvent<Selection>) => (this.selection = e.detail)}></cy-library-bulk-bar>`
        : nothing}
      ${order.length ? this.renderList(order) : html`<div class="empty">
        <h2>${t('library.noMatchTitle')}</h2>
        <p>${t('library.noMatchBody')}</p>
        <button @click=${() => this.setState(this.sort, NO_FILTER)}>${t('library.filter.clear')}</button>
      </div>`}
    `;
  }

  private renderList(order: readonly string[]) {
    const { start, end } = this.window;
    const shown = order.slice(start, Math.min(end, order.length)).map((id, i) => ({ id, row: start + i }));
    const focusRow = Math.min(this.focusRow, order.length - 1);
    return html`<div class="viewport" @scroll=${this.onScroll}>
      <ul aria-label=${t('library.list')} style=${styleMap({ height: `${order.length * this.density.pitch}px` })} @keydown=${this.onListKey}>
        ${repeat(shown, (r) => r.id, ({ id, row }) => this.renderRow(id, row, order.length, row === focusRow))}
      </ul>
    </div>`;
  }

  private renderRow(id: string, row: number, total: number, focusable: boolean) {
    const b = this.rows.get(id);
    const selected = this.selection.ids.has(id);
    const open = this.openItems.get(id) ?? 0;
    const style = styleMap({ top: `${row * this.density.pitch}px` });
    if (!b) {
      return html`<li data-row=${row} style=${style} aria-posinset=${row + 1} aria-setsize=${total} class="placeholder">
        <span class="muted">${t('library.rowLoading')}</span>
      </li>`;
    }
    return html`<li data-row=${row} style=${style} aria-posinset=${row + 1} aria-setsize=${total} class="${b.readState} ${selected ? 'selected' : ''}">
      <input type="checkbox" tabindex="-1" .checked=${selected} aria-label=${t('library.select', { title: b.title })}
        @click=${(e: MouseEvent) => this.onCheck(e, id, row)} />
      <a href=${hrefFor({ view: 'brief', id })} tabindex=${focusable ? 0 : -1} @focus=${() => (this.focusRow = row)}>
        <div class="title">${b.readState === 'read' ? nothing : html`<span class="state" aria-hidden="true"></span>`}${b.title}</div>
        ${b.readState === 'read' ? nothing : html`<span class="visually-hidden">, ${t(`library.read.${b.readState}`)}</span>`}
        <div class="details">
          <div class="meta">${levelBadge(preferences().markingScheme, b.level)}${[b.source.name, b.byline, formatDate(b.source.publishedAt)].filter(Boolean).join(' · ')}</div>
          ${open || b.topics.length || b.tags.length
            ? html`<div class="extras">
                ${open ? html`<span class="open">${icon('checklist')}${t('library.openItems', { count: open })}</span>` : nothing}
                <div class="topics">${b.topics.map((x) => html`<span class="topic">${topicLabel(x)}</span>`)}${b.tags.map((x) => html`<span class="tag">#${x}</span>`)}</div>
              </div>`
            : nothing}
        </div>
      </a>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-library-view': LibraryView;
  }
}
