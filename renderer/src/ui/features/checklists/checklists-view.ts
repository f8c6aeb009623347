import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { storedValue } from '../../directives/stored-value.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { listTrackedItems, mergeStoredItems, setItemStatus, undoMerge, updateItem } from '../../../data/items.js';
import { briefTitles } from '../../../data/briefs.js';
import {
  checklistToCsv,
  checklistToMarkdown,
  formatRelativeDue,
  parseDue,
  groupItems,
  readDueInput,
  proposeMerges,
  GROUP_BYS,
  SORT_BYS,
} from '../../../domain/items/index.js';
import { type ItemStatus, type Priority, type ChecklistItem } from '../../../domain/types.js';
import { platform } from '../../../platform/index.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { emit } from '../../events.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { hrefFor, navigate } from '../../app/routes.js';
import { formatDate, formatLongDate, localeFor } from '../../format.js';
import { checklistWords } from './checklist-words.js';
import { checklistsStyles } from './checklists.styles.js';
import { StableOrder } from './stable-order.js';
import { TRACKED_STATUSES, filterItems, readFilters, type ChecklistFilters } from './checklist-filters.js';

const PRIORITIES: Priority[] = ['high', 'normal', 'low'];

/** All tracked items across briefs: grouped, filtered, sorted, edited inline, merged and exported. */
@customElement('cy-checklists-view')
export class ChecklistsView extends LitElement {
  static override styles = [
    controls,
    checklistsStyles,
  ];

  @property({ attribute: false }) params = new URLSearchParams();
  @state() private dismissedMerges = new Set<string>();
  /** Due dates typed but not readable, by item id: shown at the field until corrected. */
  @state() private dueErrors = new Map<string, string>();
  /** Row order, kept while the user edits so a row never jumps away from under the pointer. */
  private order = new StableOrder();
  private items = new LiveQueryController(this, () => listTrackedItems());
  private titles = new LiveQueryController(this, () => briefTitles());
  private scrolledTo = '';

  private get filters(): ChecklistFilters {
    return readFilters(this.params);
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
        @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { text: (e.target as HTMLTextAreaElement).value.replace(/\s+/gu, ' ').trim() || item.text }))}></textarea>
        <div class="meta">
          <span class="sources">${item.sources.map((s) => html`<a href=${hrefFor({ view: 'brief', id: s.briefId }, { item: item.id })} title=${titles[s.briefId] ?? ''}
            aria-label=${t('checklists.jump', { title: titles[s.briefId] ?? '' })}>${titles[s.briefId] || t('checklists.untitledBrief')}</a>`)}</span>
          <details><summary>${t('checklists.notesHistory')}</summary>
            <textarea aria-label=${label(t('checklists.col.notes'))} .value=${storedValue(item.notes)} @change=${(e: Event) => void writeOrTell(this, () => updateItem(item.id, { notes: (e.target as HTMLTextAreaElement).value }))}></textarea>
            <ol aria-label=${t('checklists.history')}>${item.history.map((h) => html`<li>${formatDate(new Date(h.at).toISOString())} · ${h.by || t('checklists.noName')}: ${h.from ? `${t(`status.${h.from}`)} → ` : ''}${t(`status.${h.to}`)}</li>`)}</ol>
            ${item.dismissReason ? html`<p class="muted">${t('checklists.dismissReason', { reason: item.dismissReason })}</p>` : null}
          </details>
        </div>
      </td>
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
    const items = this.order.apply(filterItems(all, f), f);
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
              ${(['item', 'status', 'owner', 'due', 'priority'] as const).map((c) => html`<th scope="col">${t(`checklists.col.${c}`)}</th>`)}
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
