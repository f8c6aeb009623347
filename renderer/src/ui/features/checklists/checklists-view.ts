import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { storedValue } from '../../directives/stored-value.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { listTrackedItems, mergeStoredItems, setItemStatus, undoMerge, updateItem } from '../../../data/recommendations.js';
import { briefTitles } from '../../../data/briefs.js';
import {
  checklistToCsv,
  checklistToMarkdown,
  formatRelativeDue,
  groupItems,
  readDueInput,
  proposeMerges,
  sortItems,
  type GroupBy,
  type SortBy,
} from '../../../domain/recommendations/index.js';
import { ITEM_STATUSES, type ItemStatus, type Priority, type Recommendation } from '../../../domain/types.js';
import { fold } from '../../../domain/search/find.js';
import { platform } from '../../../platform/index.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { emit } from '../../events.js';
import { preferences } from '../../app/preferences.js';
import { hrefFor, navigate } from '../../app/routes.js';
import { formatDate, formatLongDate } from '../../format.js';
import { checklistWords } from './checklist-words.js';

const TRACKED_STATUSES: readonly ItemStatus[] = ITEM_STATUSES.filter((s) => s !== 'suggested' && s !== 'dismissed');
const GROUPS: GroupBy[] = ['topic', 'brief', 'owner', 'status'];
const SORTS: SortBy[] = ['due', 'priority', 'status', 'updated'];
const PRIORITIES: Priority[] = ['high', 'normal', 'low'];

export interface ChecklistFilters {
  group: GroupBy;
  sort: SortBy;
  status: ItemStatus | '';
  q: string;
}

/** All tracked items across briefs: grouped, filtered, sorted, edited inline, merged and exported. */
@customElement('cy-checklists-view')
export class ChecklistsView extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; padding: 16px 24px; max-width: 1200px; margin: 0 auto; }
      .toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: 16px; }
      .toolbar h1 { flex: 1 0 100%; font-size: 1.4rem; margin: 0 0 4px; }
      .toolbar label { display: grid; gap: 2px; font-size: 0.85rem; color: var(--cy-muted); }
      .merge { border: 1px solid var(--cy-warn); border-radius: var(--cy-radius); padding: 8px 12px; margin-bottom: 16px; background: var(--cy-surface); }
      .merge h2 { font-size: 1rem; margin: 0 0 6px; }
      .merge ul { margin: 4px 0 8px; }
      section.group { margin-bottom: 24px; }
      .group-head { display: flex; align-items: center; gap: 12px; }
      .group-head h2 { font-size: 1.1rem; margin: 0; }
      progress { width: 160px; }
      table { width: 100%; border-collapse: collapse; margin-top: 8px; table-layout: fixed; }
      /* Same column widths in every group, so the tables line up. */
      th:nth-child(1) { width: 28%; } th:nth-child(2) { width: 11%; } th:nth-child(3) { width: 14%; } th:nth-child(4) { width: 13%; }
      th:nth-child(5) { width: 10%; } th:nth-child(6) { width: 15%; } th:nth-child(7) { width: 9%; }
      th, td { text-align: left; padding: 6px; border-bottom: 1px solid var(--cy-border); vertical-align: top; }
      th { font-size: 0.8rem; color: var(--cy-muted); font-weight: 600; }
      td input, td select, td textarea { width: 100%; box-sizing: border-box; padding: 4px 6px; }
      td.text textarea { field-sizing: content; min-height: 2.6em; resize: vertical; }
      .relative { font-size: 0.8rem; color: var(--cy-muted); }
      .relative.overdue { color: var(--cy-danger); font-weight: 600; }
      .field-error { font-size: 0.8rem; color: var(--cy-danger); margin-top: 2px; }
      input[aria-invalid='true'] { border-color: var(--cy-danger); }
      tr.target { outline: 3px solid var(--cy-focus); }
      .sources a { display: block; color: var(--cy-accent); font-size: 0.85rem; }
      details summary { cursor: pointer; font-size: 0.85rem; color: var(--cy-muted); }
      details ol { padding-left: 18px; font-size: 0.8rem; margin: 4px 0; }
    `,
  ];

  @property({ attribute: false }) params = new URLSearchParams();
  @state() private dismissedMerges = new Set<string>();
  /** Due dates typed but not readable, by item id: shown at the field until corrected. */
  @state() private dueErrors = new Map<string, string>();
  /** Row order, kept while the user edits so a row never jumps away from under the pointer. */
  private order = { key: '', rank: new Map<string, number>() };
  private items = new LiveQueryController(this, () => listTrackedItems());
  private titles = new LiveQueryController(this, () => briefTitles());
  private scrolledTo = '';

  private get filters(): ChecklistFilters {
    const group = this.params.get('group') as GroupBy | null;
    const sort = this.params.get('sort') as SortBy | null;
    const status = this.params.get('status') as ItemStatus | null;
    return {
      group: group && GROUPS.includes(group) ? group : 'topic',
      sort: sort && SORTS.includes(sort) ? sort : 'due',
      status: status && TRACKED_STATUSES.includes(status) ? status : '',
      q: this.params.get('q') ?? '',
    };
  }

  /** Filters live in the URL, so a filtered checklist can be bookmarked and survives reloads. */
  private setFilter(key: keyof ChecklistFilters, value: string): void {
    const next = { ...this.filters, [key]: value };
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) if (v) params[k] = v;
    navigate({ view: 'checklists' }, params);
  }

  private visible(items: Recommendation[]): Recommendation[] {
    const { status, q } = this.filters;
    const needle = fold(q.trim());
    return items.filter((i) => (!status || i.status === status) && (!needle || fold(`${i.text} ${i.owner} ${i.topic} ${i.notes}`).includes(needle)));
  }

  private async setStatus(item: Recommendation, to: ItemStatus): Promise<void> {
    let previous: ItemStatus | undefined;
    const saved = await writeOrTell(this, async () => (previous = await setItemStatus(item.id, to, preferences().authorName)));
    const from = previous;
    if (saved && from && from !== to) {
      emit(this, 'cy-toast', {
        message: t('checklists.statusChanged', { status: t(`status.${to}`) }),
        action: { label: t('common.undo'), run: () => void writeOrTell(this, () => setItemStatus(item.id, from, preferences().authorName)) },
      });
    }
  }

  /** A due date that cannot be read stays in the field with a message there; nothing is saved. */
  private async setDue(item: Recommendation, input: HTMLInputElement): Promise<void> {
    const raw = input.value.trim();
    const due = raw ? readDueInput(raw, new Date()) : null;
    const errors = new Map(this.dueErrors);
    if (raw && !due) {
      this.dueErrors = errors.set(item.id, raw);
      return;
    }
    errors.delete(item.id);
    this.dueErrors = errors;
    await writeOrTell(this, () => updateItem(item.id, { due }));
  }

  /**
   * Sorted once per filter and set of items; edits to an item keep its place until the user
   * sorts again or items come and go, so the next field they reach is still on the same item.
   */
  private stableOrder(items: Recommendation[], sort: SortBy): Recommendation[] {
    const key = `${JSON.stringify(this.filters)}|${items.map((i) => i.id).sort().join()}`;
    if (key !== this.order.key) {
      this.order = { key, rank: new Map(sortItems(items, sort).map((i, n) => [i.id, n])) };
    }
    const rank = this.order.rank;
    return [...items].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }

  private async merge(ids: string[]): Promise<void> {
    const undo = await mergeStoredItems(ids, preferences().authorName);
    emit(this, 'cy-toast', { kind: 'success', message: t('checklists.merged', { count: ids.length }), action: { label: t('common.undo'), run: () => undoMerge(undo) } });
  }

  private async export(format: 'csv' | 'md', items: Recommendation[]): Promise<void> {
    const titles = this.titles.value ?? {};
    const words = checklistWords(currentLanguage());
    const body = format === 'csv' ? checklistToCsv(items, titles, words) : checklistToMarkdown(items, titles, this.filters.group, words);
    const result = await platform().saveFile(`checklist.${format}`, new TextEncoder().encode(body), format === 'csv' ? 'text/csv' : 'text/markdown');
    if (!result.ok) emit(this, 'cy-toast', { kind: 'error', message: result.error.message });
  }

  private renderMerges(items: Recommendation[]) {
    const proposals = proposeMerges(items).filter((p) => !this.dismissedMerges.has(p.ids.join()));
    if (!proposals.length) return null;
    const byId = new Map(items.map((i) => [i.id, i]));
    return html`<section class="merge" aria-labelledby="merge-title">
      <h2 id="merge-title">${t('checklists.mergeTitle')}</h2>
      ${proposals.slice(0, 3).map(
        (p) => html`<div>
          <ul>${p.ids.map((id) => html`<li>${byId.get(id)?.text} <span class="muted">— ${(this.titles.value ?? {})[byId.get(id)?.briefIds[0] ?? '']}</span></li>`)}</ul>
          <button class="primary" @click=${() => void this.merge(p.ids)}>${t('checklists.merge', { count: p.ids.length })}</button>
          <button @click=${() => (this.dismissedMerges = new Set([...this.dismissedMerges, p.ids.join()]))}>${t('checklists.keepSeparate')}</button>
        </div>`,
      )}
    </section>`;
  }

  private renderDue(item: Recommendation, label: string) {
    const lang = currentLanguage();
    const typed = this.dueErrors.get(item.id);
    const overdue = item.due !== null && item.status !== 'done' && item.status !== 'dropped' && item.due < new Date().toISOString().slice(0, 10);
    const errorId = `due-error-${item.id}`;
    return html`<input aria-label=${label} .value=${storedValue(typed ?? item.due ?? '')} placeholder=${t('checklists.duePlaceholder')}
        aria-invalid=${typed === undefined ? 'false' : 'true'} aria-describedby=${typed === undefined ? '' : errorId}
        @change=${(e: Event) => void this.setDue(item, e.target as HTMLInputElement)} />
      ${typed !== undefined
        ? html`<div class="field-error" id=${errorId} role="alert">${t('checklists.badDue')}</div>`
        : item.due
          ? html`<div class="relative ${overdue ? 'overdue' : ''}">${formatLongDate(item.due)} · ${formatRelativeDue(item.due, Date.now(), lang === 'es' ? 'es-MX' : 'en-US')}</div>`
          : null}`;
  }

  private renderRow(item: Recommendation, target: string) {
    const label = (field: string) => t('checklists.fieldOf', { field, text: item.text.slice(0, 40) });
    return html`<tr data-id=${item.id} class=${item.id === target ? 'target' : ''}>
      <td class="text"><textarea aria-label=${label(t('checklists.col.item'))} .value=${storedValue(item.text)}
        @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { text: (e.target as HTMLTextAreaElement).value.trim() || item.text }))}></textarea></td>
      <td><select aria-label=${label(t('checklists.col.status'))} .value=${storedValue(item.status)}
          @change=${(e: Event) => void this.setStatus(item, (e.target as HTMLSelectElement).value as ItemStatus)}>
        ${TRACKED_STATUSES.map((s) => html`<option value=${s} ?selected=${s === item.status}>${t(`status.${s}`)}</option>`)}
      </select></td>
      <td><input aria-label=${label(t('checklists.col.owner'))} .value=${storedValue(item.owner)} @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { owner: (e.target as HTMLInputElement).value.trim() }))} /></td>
      <td>${this.renderDue(item, label(t('checklists.col.due')))}</td>
      <td><select aria-label=${label(t('checklists.col.priority'))} .value=${storedValue(item.priority)}
          @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { priority: (e.target as HTMLSelectElement).value as Priority }))}>
        ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${p === item.priority}>${t(`priority.${p}`)}</option>`)}
      </select></td>
      <td class="sources">
        ${item.sources.map((s) => html`<a href=${hrefFor({ view: 'brief', id: s.briefId }, { item: item.id })}>${t('checklists.jump', { title: (this.titles.value ?? {})[s.briefId] ?? '' })}</a>`)}
      </td>
      <td>
        <details><summary>${t('checklists.notesHistory')}</summary>
          <textarea aria-label=${label(t('checklists.col.notes'))} .value=${storedValue(item.notes)} @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { notes: (e.target as HTMLTextAreaElement).value }))}></textarea>
          <ol aria-label=${t('checklists.history')}>${item.history.map((h) => html`<li>${formatDate(new Date(h.at).toISOString())} · ${h.by || t('checklists.someone')}: ${h.from ? `${t(`status.${h.from}`)} → ` : ''}${t(`status.${h.to}`)}</li>`)}</ol>
        </details>
      </td>
    </tr>`;
  }

  override render() {
    const all = this.items.value;
    if (all === undefined) return html`<p class="muted" role="status">${t('checklists.loading')}</p>`;
    if (!all.length) {
      return html`<div class="empty">
        <h1>${t('checklists.emptyTitle')}</h1>
        <p>${t('checklists.emptyBody')}</p>
      </div>`;
    }
    const f = this.filters;
    const items = this.stableOrder(this.visible(all), f.sort);
    const groups = groupItems(items, f.group, this.titles.value ?? {}, checklistWords(currentLanguage()));
    const target = this.params.get('item') ?? '';
    return html`
      <div class="toolbar">
        <h1>${t('checklists.title')}</h1>
        <label>${t('checklists.groupBy')}
          <select @change=${(e: Event) => this.setFilter('group', (e.target as HTMLSelectElement).value)}>
            ${GROUPS.map((g) => html`<option value=${g} ?selected=${g === f.group}>${t(`checklists.group.${g}`)}</option>`)}
          </select></label>
        <label>${t('checklists.sortBy')}
          <select @change=${(e: Event) => this.setFilter('sort', (e.target as HTMLSelectElement).value)}>
            ${SORTS.map((s) => html`<option value=${s} ?selected=${s === f.sort}>${t(`checklists.sort.${s}`)}</option>`)}
          </select></label>
        <label>${t('checklists.col.status')}
          <select @change=${(e: Event) => this.setFilter('status', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('annotations.all')}</option>
            ${TRACKED_STATUSES.map((s) => html`<option value=${s} ?selected=${s === f.status}>${t(`status.${s}`)}</option>`)}
          </select></label>
        <label>${t('checklists.filter')}
          <input type="search" .value=${f.q} @change=${(e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value)} /></label>
        <button @click=${() => void this.export('csv', items)}>${t('checklists.exportCsv')}</button>
        <button @click=${() => void this.export('md', items)}>${t('checklists.exportMarkdown')}</button>
      </div>
      ${this.renderMerges(all)}
      ${items.length ? null : html`<p class="empty">${t('checklists.noMatch')}</p>`}
      ${groups.map(
        (g) => html`<section class="group" aria-labelledby=${`g-${g.key}`}>
          <div class="group-head">
            <h2 id=${`g-${g.key}`}>${g.label}</h2>
            <progress max=${Math.max(1, g.progress.total)} .value=${g.progress.done} aria-label=${t('checklists.progress', { done: g.progress.done, total: g.progress.total })}></progress>
            <span class="muted">${t('checklists.progress', { done: g.progress.done, total: g.progress.total })}</span>
          </div>
          <table aria-label=${g.label}>
            <thead><tr>
              ${(['item', 'status', 'owner', 'due', 'priority', 'source', 'notes'] as const).map((c) => html`<th scope="col">${t(`checklists.col.${c}`)}</th>`)}
            </tr></thead>
            <tbody>${repeat(g.items, (i) => i.id, (i) => this.renderRow(i, target))}</tbody>
          </table>
        </section>`,
      )}`;
  }

  protected override updated(): void {
    const target = this.params.get('item');
    if (!target || target === this.scrolledTo || !this.items.value) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(target)}"]`);
    if (!row) return;
    this.scrolledTo = target;
    row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLElement>('textarea')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-checklists-view': ChecklistsView;
  }
}
