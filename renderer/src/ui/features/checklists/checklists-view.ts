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
  parseDue,
  groupItems,
  readDueInput,
  proposeMerges,
  sortItems,
  GROUP_BYS,
  SORT_BYS,
  type GroupBy,
  type SortBy,
} from '../../../domain/recommendations/index.js';
import { ITEM_STATUSES, type ItemStatus, type Priority, type ChecklistItem } from '../../../domain/types.js';
import { fold } from '../../../domain/search/find.js';
import { platform } from '../../../platform/index.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { emit } from '../../events.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { hrefFor, navigate } from '../../app/routes.js';
import { formatDate, formatLongDate, localeFor } from '../../format.js';
import { checklistWords } from './checklist-words.js';

const TRACKED_STATUSES: readonly ItemStatus[] = ITEM_STATUSES.filter((s) => s !== 'suggested' && s !== 'dismissed');
const PRIORITIES: Priority[] = ['high', 'normal', 'low'];

export interface ChecklistFilters {
  group: GroupBy;
  sort: SortBy;
  status: ItemStatus | '';
  owner: string;
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
      th:nth-child(1) { width: 30px; } th:nth-child(2) { width: 30%; } th:nth-child(3) { width: 10%; } th:nth-child(4) { width: 14%; }
      th:nth-child(5) { width: 14%; } th:nth-child(6) { width: 8%; } th:nth-child(7) { width: 10%; }
      th, td { text-align: left; padding: 6px 4px; border-bottom: 1px solid var(--cy-border); vertical-align: top; }
      th { font-size: 0.8rem; color: var(--cy-muted); font-weight: 600; }
      td input, td select, td textarea { width: 100%; box-sizing: border-box; padding: 3px 5px; }
      td.done { text-align: center; }
      td.done input { width: 18px; height: 18px; margin: 5px 0 0; accent-color: var(--cy-ok); cursor: pointer; }
      /* Task-list fields: plain text until hovered or focused, then a faint frame to type into. */
      td .plain { border: 1px solid transparent; background: transparent; color: inherit; font: inherit; border-radius: var(--cy-radius); }
      td .plain:hover { border-color: var(--cy-border); }
      td .plain:focus { border-color: var(--cy-accent); background: var(--cy-surface); }
      td .plain::placeholder { color: var(--cy-muted); opacity: 0.8; }
      td.text textarea { field-sizing: content; min-height: 1.6em; resize: none; line-height: 1.4; overflow-wrap: anywhere; }
      tr.closed td.text textarea { color: var(--cy-muted); text-decoration: line-through; }
      td select.menu { appearance: none; width: auto; max-width: 100%; padding: 1px 10px; font-size: 0.8rem; border-radius: 999px; background: var(--cy-surface-2); cursor: pointer; }
      td select.menu.status-done { background: color-mix(in srgb, var(--cy-ok) 20%, transparent); }
      td select.menu.status-blocked, td select.menu.priority-high { background: color-mix(in srgb, var(--cy-danger) 18%, transparent); }
      td select.menu.status-in-progress { background: color-mix(in srgb, var(--cy-accent) 18%, transparent); }
      .name-prompt { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 8px 12px; margin-bottom: 16px; background: var(--cy-surface); }
      .name-prompt input { width: 16em; }
      .relative { font-size: 0.8rem; color: var(--cy-muted); }
      .source-date { font-size: 0.8rem; color: var(--cy-muted); }
      button.link { border: none; background: none; padding: 0 2px; color: var(--cy-accent); text-decoration: underline; cursor: pointer; font-size: inherit; }
      .relative.overdue { color: var(--cy-danger); font-weight: 600; }
      .field-error { font-size: 0.8rem; color: var(--cy-danger); margin-top: 2px; }
      input[aria-invalid='true'] { border-color: var(--cy-danger); }
      tr.target { outline: 3px solid var(--cy-focus); }
      .sources a { display: block; color: var(--cy-accent); font-size: 0.85rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
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
      group: group && GROUP_BYS.includes(group) ? group : 'topic',
      sort: sort && SORT_BYS.includes(sort) ? sort : 'due',
      status: status && TRACKED_STATUSES.includes(status) ? status : '',
      owner: this.params.get('owner') ?? '',
      q: this.params.get('q') ?? '',
    };
  }

  /**
   * Filters live in the URL, so a filtered checklist can be bookmarked and survives reloads; the
   * grouping, order and filters are also remembered for the next time Checklists is opened.
   */
  private setFilter(key: keyof ChecklistFilters, value: string): void {
    const next = { ...this.filters, [key]: value };
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(next)) if (v) params[k] = v;
    navigate({ view: 'checklists' }, params);
    const { group, sort, status, owner } = next;
    void updatePreference('checklistView', { group, sort, ...(status ? { status } : {}), ...(owner ? { owner } : {}) });
  }

  /** Opened without a chosen grouping (from the navigation): the view as the user last left it. */
  protected override willUpdate(): void {
    // A link to one item shows it whatever the remembered filters would hide.
    if (this.params.has('group') || this.params.has('item')) return;
    const remembered = preferences().checklistView;
    if (!remembered.group) return;
    const params: Record<string, string> = { ...remembered, ...Object.fromEntries(this.params) };
    navigate({ view: 'checklists' }, params);
  }

  private visible(items: ChecklistItem[]): ChecklistItem[] {
    const { status, owner, q } = this.filters;
    const needle = fold(q.trim());
    return items.filter(
      (i) => (!status || i.status === status) && (!owner || i.owner.trim() === owner) && (!needle || fold(`${i.text} ${i.owner} ${i.topic} ${i.notes}`).includes(needle)),
    );
  }

  private async setStatus(item: ChecklistItem, to: ItemStatus): Promise<void> {
    let previous: ItemStatus | undefined;
    const saved = await writeOrTell(this, async () => (previous = await setItemStatus(item.id, to, preferences().authorName)));
    const from = previous;
    if (saved && from && from !== to) {
      emit(this, 'cy-toast', {
        key: 'checklists',
        message: t('checklists.statusChanged', { status: t(`status.${to}`) }),
        action: { label: t('common.undo'), run: () => void writeOrTell(this, () => setItemStatus(item.id, from, preferences().authorName)) },
      });
    }
  }

  /** A due date that cannot be read stays in the field with a message there; nothing is saved. */
  private async setDue(item: ChecklistItem, input: HTMLInputElement): Promise<void> {
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
  private stableOrder(items: ChecklistItem[], sort: SortBy): ChecklistItem[] {
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

  private async export(format: 'csv' | 'md', items: ChecklistItem[]): Promise<void> {
    const titles = this.titles.value ?? {};
    const words = checklistWords(currentLanguage());
    const body = format === 'csv' ? checklistToCsv(items, titles, words) : checklistToMarkdown(items, titles, this.filters.group, words);
    const result = await platform().saveFile(`checklist.${format}`, new TextEncoder().encode(body), format === 'csv' ? 'text/csv' : 'text/markdown');
    if (!result.ok) emit(this, 'cy-toast', { kind: 'error', message: result.error.message });
  }

  private renderMerges(items: ChecklistItem[]) {
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

  private renderDue(item: ChecklistItem, label: string) {
    const lang = currentLanguage();
    const typed = this.dueErrors.get(item.id);
    const overdue = item.due !== null && item.status !== 'done' && item.status !== 'dropped' && item.due < new Date().toISOString().slice(0, 10);
    const errorId = `due-error-${item.id}`;
    return html`<input class="plain" aria-label=${label} .value=${storedValue(typed ?? item.due ?? '')} placeholder=${t('checklists.duePlaceholder')}
        aria-invalid=${typed === undefined ? 'false' : 'true'} aria-describedby=${typed === undefined ? '' : errorId}
        @change=${(e: Event) => void this.setDue(item, e.target as HTMLInputElement)} />
      ${typed !== undefined
        ? html`<div class="field-error" id=${errorId} role="alert">${t('checklists.badDue')}</div>`
        : item.due
          ? html`<div class="relative ${overdue ? 'overdue' : ''}">${formatLongDate(item.due)} · ${formatRelativeDue(item.due, Date.now(), localeFor(lang))}</div>`
          : null}
      ${this.renderSourceDate(item)}`;
  }

  /** The date the source gives, shown as such; one click makes it the team's due date. */
  private renderSourceDate(item: ChecklistItem) {
    if (!item.sourceDate) return null;
    const sourceDue = parseDue(item.sourceDate);
    return html`<div class="source-date">${t('items.sourceDate', { date: item.sourceDate })}
      ${sourceDue && sourceDue !== item.due
        ? html`<button class="link" aria-label=${t('checklists.useSourceDateOf', { date: item.sourceDate, text: item.text.slice(0, 40) })}
            @click=${() => void writeOrTell(this, () => updateItem(item.id, { due: sourceDue }))}>${t('checklists.useSourceDate')}</button>`
        : null}</div>`;
  }

  /** Done is a tick; unticking reopens the item. */
  private toggleDone(item: ChecklistItem, done: boolean): void {
    void this.setStatus(item, done ? 'done' : 'open');
  }

  private renderRow(item: ChecklistItem, target: string) {
    const label = (field: string) => t('checklists.fieldOf', { field, text: item.text.slice(0, 40) });
    const closed = item.status === 'done' || item.status === 'dropped';
    const titles = this.titles.value ?? {};
    return html`<tr data-id=${item.id} class="${item.id === target ? 'target' : ''} ${closed ? 'closed' : ''}">
      <td class="done"><input type="checkbox" aria-label=${label(t('status.done'))} .checked=${item.status === 'done'}
        @change=${(e: Event) => this.toggleDone(item, (e.target as HTMLInputElement).checked)} /></td>
      <td class="text"><textarea class="plain" rows="1" aria-label=${label(t('checklists.col.item'))} .value=${storedValue(item.text)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && !e.shiftKey && (e.preventDefault(), (e.target as HTMLTextAreaElement).blur())}
        @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { text: (e.target as HTMLTextAreaElement).value.replace(/\s+/gu, ' ').trim() || item.text }))}></textarea></td>
      <td><select class="plain menu status-${item.status}" aria-label=${label(t('checklists.col.status'))} .value=${storedValue(item.status)}
          @change=${(e: Event) => void this.setStatus(item, (e.target as HTMLSelectElement).value as ItemStatus)}>
        ${TRACKED_STATUSES.map((s) => html`<option value=${s} ?selected=${s === item.status}>${t(`status.${s}`)}</option>`)}
      </select></td>
      <td><input class="plain" list="owners" title=${item.owner} placeholder=${t('checklists.ownerPlaceholder')} aria-label=${label(t('checklists.col.owner'))} .value=${storedValue(item.owner)}
        @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { owner: (e.target as HTMLInputElement).value.trim() }))} /></td>
      <td>${this.renderDue(item, label(t('checklists.col.due')))}</td>
      <td><select class="plain menu priority-${item.priority}" aria-label=${label(t('checklists.col.priority'))} .value=${storedValue(item.priority)}
          @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { priority: (e.target as HTMLSelectElement).value as Priority }))}>
        ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${p === item.priority}>${t(`priority.${p}`)}</option>`)}
      </select></td>
      <td class="sources">
        ${item.sources.map((s) => html`<a href=${hrefFor({ view: 'brief', id: s.briefId }, { item: item.id })} title=${titles[s.briefId] ?? ''}
          aria-label=${t('checklists.jump', { title: titles[s.briefId] ?? '' })}>${titles[s.briefId] || t('checklists.untitledBrief')}</a>`)}
      </td>
      <td>
        <details><summary>${t('checklists.notesHistory')}</summary>
          <textarea aria-label=${label(t('checklists.col.notes'))} .value=${storedValue(item.notes)} @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { notes: (e.target as HTMLTextAreaElement).value }))}></textarea>
          <ol aria-label=${t('checklists.history')}>${item.history.map((h) => html`<li>${formatDate(new Date(h.at).toISOString())} · ${h.by || t('checklists.noName')}: ${h.from ? `${t(`status.${h.from}`)} → ` : ''}${t(`status.${h.to}`)}</li>`)}</ol>
          ${item.dismissReason ? html`<p class="muted">${t('checklists.dismissReason', { reason: item.dismissReason })}</p>` : null}
        </details>
      </td>
    </tr>`;
  }

  /** History names who made each change: until "Your name" is set, ask for it here. */
  private renderNamePrompt() {
    if (preferences().authorName) return null;
    return html`<form class="name-prompt" @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const name = new FormData(e.target as HTMLFormElement).get('name')?.toString().trim();
      if (name) void updatePreference('authorName', name).then(() => this.requestUpdate());
    }}>
      <label for="your-name">${t('checklists.namePrompt')}</label>
      <input id="your-name" name="name" autocomplete="name" />
      <button type="submit">${t('common.save')}</button>
    </form>`;
  }

  /** Owners already used, offered as the owner fields are typed. */
  private renderOwners(owners: string[]) {
    return html`<datalist id="owners">${owners.map((o) => html`<option value=${o}></option>`)}</datalist>`;
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
    const owners = [...new Set(all.map((i) => i.owner.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    return html`
      <div class="toolbar">
        <h1>${t('checklists.title')}</h1>
        <label>${t('checklists.groupBy')}
          <select @change=${(e: Event) => this.setFilter('group', (e.target as HTMLSelectElement).value)}>
            ${GROUP_BYS.map((g) => html`<option value=${g} ?selected=${g === f.group}>${t(`checklists.group.${g}`)}</option>`)}
          </select></label>
        <label>${t('checklists.sortBy')}
          <select @change=${(e: Event) => this.setFilter('sort', (e.target as HTMLSelectElement).value)}>
            ${SORT_BYS.map((s) => html`<option value=${s} ?selected=${s === f.sort}>${t(`checklists.sort.${s}`)}</option>`)}
          </select></label>
        <label>${t('checklists.col.status')}
          <select @change=${(e: Event) => this.setFilter('status', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('annotations.all')}</option>
            ${TRACKED_STATUSES.map((s) => html`<option value=${s} ?selected=${s === f.status}>${t(`status.${s}`)}</option>`)}
          </select></label>
        <label>${t('checklists.col.owner')}
          <select @change=${(e: Event) => this.setFilter('owner', (e.target as HTMLSelectElement).value)}>
            <option value="">${t('annotations.all')}</option>
            ${owners.map((o) => html`<option value=${o} ?selected=${o === f.owner}>${o}</option>`)}
          </select></label>
        <label>${t('checklists.filter')}
          <input type="search" .value=${f.q} @change=${(e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value)} /></label>
        <button @click=${() => void this.export('csv', items)}>${t('checklists.exportCsv')}</button>
        <button @click=${() => void this.export('md', items)}>${t('checklists.exportMarkdown')}</button>
      </div>
      ${this.renderNamePrompt()}
      ${this.renderOwners(owners)}
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
              <th scope="col"><span class="visually-hidden">${t('status.done')}</span></th>
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
