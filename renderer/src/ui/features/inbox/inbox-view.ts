import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { dismissItem, inboxContents, mergeStoredItems, restoreItems, setItemStatus, undoMerge, updateItem } from '../../../data/items.js';
import { inboxGroups, passageAround, type InboxGroup } from '../../../domain/items/inbox.js';
import type { Brief, ChecklistItem } from '../../../domain/types.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { writeOrTell } from '../../storage-message.js';
import { preferences } from '../../app/preferences.js';
import { hrefFor } from '../../app/routes.js';
import { suggestionMeta, suggestionMetaStyles } from '../checklists/suggestion-meta.js';
import { inboxStyles } from './inbox.styles.js';
import { InboxKeysController } from './inbox-keys.controller.js';
import { InboxMemo } from './inbox-memo.js';

/** One triage step that can be taken back: the item to return to, and how to restore what it changed. */
interface UndoStep {
  focus: string;
  /** The items the step took out of the inbox, which its undo brings back. */
  ids: string[];
  run: () => Promise<unknown>;
}

/**
 * The triage inbox: every open suggestion in the library, grouped by brief in reading order, with
 * the passage around it. Keyboard first: J/K move, A accept, D dismiss (with an optional reason),
 * E edit, M merge with a similar suggestion from another brief, U (or Ctrl+Z) undo.
 */
@customElement('cy-inbox-view')
export class InboxView extends LitElement {
  static override styles = [
    controls,
    suggestionMetaStyles,
    inboxStyles,
  ];

  private readonly data = new LiveQueryController(this, () => inboxContents());
  @state() private currentId = '';
  @state() private mode: { kind: 'edit' | 'dismiss'; id: string } | null = null;
  /** Where the current item was, so the next one takes its place when it leaves the inbox. */
  private currentIndex = 0;
  private readonly undoSteps: UndoStep[] = [];
  private pendingFocus = false;
  /**
   * Items accepted, dismissed or merged away whose change the live query has not shown yet: the
   * next key press acts on the item after them, never on one already handled.
   */
  private readonly leaving = new Set<string>();
  private readonly memo = new InboxMemo();
  private readonly keys = new InboxKeysController(this, {
    busy: () => this.mode !== null,
    undo: () => void this.undo(),
    move: (step) => this.move(step),
    act: (kind) => {
      const item = this.current();
      if (!item) return;
      if (kind === 'accept') void this.accept(item);
      else if (kind === 'merge') void this.merge(item);
      else this.open(kind, item);
    },
  });

  private groups(): InboxGroup[] {
    const data = this.data.value;
    if (!data) return [];
    const items = this.leaving.size ? data.items.filter((i) => !this.leaving.has(i.id)) : data.items;
    return inboxGroups(items, data.order);
  }

  private flat(): ChecklistItem[] {
    return this.groups().flatMap((g) => g.items);
  }

  /** The current item: the one chosen, else whichever now stands where it was. */
  private current(items = this.flat()): ChecklistItem | undefined {
    const chosen = items.findIndex((i) => i.id === this.currentId);
    if (chosen !== -1) this.currentIndex = chosen;
    return items[chosen !== -1 ? chosen : Math.min(this.currentIndex, items.length - 1)];
  }

  private move(step: number): void {
    const items = this.flat();
    const at = items.indexOf(this.current(items) as ChecklistItem);
    const next = items[Math.max(0, Math.min(items.length - 1, at + step))];
    if (next) this.select(next.id);
  }

  private select(id: string): void {
    this.currentId = id;
    void this.updateComplete.then(() => this.focusCurrent());
  }

  private focusCurrent(): void {
    const id = this.current()?.id;
    const row = id ? this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`) : null;
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'center' });
  }

  private open(kind: 'edit' | 'dismiss', item: ChecklistItem): void {
    this.currentId = item.id;
    this.mode = { kind, id: item.id };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(kind === 'edit' ? 'textarea' : 'input.reason')?.focus());
  }

  private close(): void {
    this.mode = null;
    void this.updateComplete.then(() => this.focusCurrent());
  }

  /** Runs one triage step and remembers how to take it back (also offered in its toast). */
  private async step(before: ChecklistItem[], leaving: string[], write: () => Promise<unknown>, message: string, undo: () => Promise<unknown> = () => restoreItems(before)): Promise<void> {
    for (const id of leaving) this.leaving.add(id);
    this.requestUpdate();
    if (!(await writeOrTell(this, write))) {
      for (const id of leaving) this.leaving.delete(id);
      this.requestUpdate();
      return;
    }
    const focus = before[0]?.id ?? '';
    const entry: UndoStep = { focus, ids: leaving, run: undo };
    this.undoSteps.push(entry);
    emit(this, 'cy-toast', { key: 'inbox', message, action: { label: t('common.undo'), run: () => void this.undo(entry) } });
  }

  private async accept(item: ChecklistItem): Promise<void> {
    await this.step([structuredClone(item)], [item.id], () => setItemStatus(item.id, 'open', preferences().authorName), t('inbox.accepted'));
    this.focusSoon();
  }

  private async dismiss(item: ChecklistItem, reason: string): Promise<void> {
    this.mode = null;
    await this.step([structuredClone(item)], [item.id], () => dismissItem(item.id, preferences().authorName, reason), t('inbox.dismissed'));
    this.focusSoon();
  }

  private async saveEdit(item: ChecklistItem, text: string): Promise<void> {
    const clean = text.replace(/\s+/gu, ' ').trim();
    this.close();
    if (!clean || clean === item.text) return;
    await this.step([structuredClone(item)], [], () => updateItem(item.id, { text: clean }), t('inbox.edited'));
  }

  private async merge(item: ChecklistItem): Promise<void> {
    const items = this.flat();
    const other = this.memo.similarTo(item, items);
    if (!other) {
      emit(this, 'cy-toast', { key: 'inbox', message: t('inbox.noSimilar') });
      return;
    }
    // The item the user is on keeps its id and text; the other folds into it.
    const ordered = [item.id, other.id];
    let undo: Awaited<ReturnType<typeof mergeStoredItems>> | undefined;
    await this.step(
      items.filter((i) => ordered.includes(i.id)).map((i) => structuredClone(i)),
      [other.id],
      async () => (undo = await mergeStoredItems(ordered, preferences().authorName)),
      t('checklists.merged', { count: ordered.length }),
      () => (undo ? undoMerge(undo) : Promise.resolve()),
    );
    this.currentId = item.id;
  }

  /** Takes back `entry`, or the latest step when none is named. */
  private async undo(entry?: UndoStep): Promise<void> {
    const at = entry ? this.undoSteps.indexOf(entry) : this.undoSteps.length - 1;
    const step = this.undoSteps[at];
    if (!step) {
      emit(this, 'cy-toast', { key: 'inbox', message: t('inbox.nothingToUndo') });
      return;
    }
    this.undoSteps.splice(at, 1);
    if (await writeOrTell(this, step.run)) {
      for (const id of step.ids) this.leaving.delete(id);
      emit(this, 'cy-toast', { key: 'inbox', message: t('inbox.undone') });
      this.currentId = step.focus;
      this.focusSoon();
    }
  }

  /** Focus follows the current item once the live query has shown the change. */
  private focusSoon(): void {
    this.pendingFocus = true;
  }

  protected override willUpdate(): void {
    const data = this.data.value;
    if (!data || !this.leaving.size) return;
    // Once the live query has dropped an item, it no longer needs hiding.
    const open = new Set(data.items.map((i) => i.id));
    for (const id of this.leaving) if (!open.has(id)) this.leaving.delete(id);
  }

  protected override updated(): void {
    if (this.pendingFocus && this.data.value) {
      this.pendingFocus = false;
      this.focusCurrent();
    }
  }

  private renderItem(item: ChecklistItem, brief: Brief | undefined, current: boolean, similar: string | undefined) {
    const passage = passageAround(item, this.memo.plainOf(brief));
    const mode = this.mode?.id === item.id ? this.mode.kind : null;
    const short = item.text.slice(0, 50);
    return html`<li data-id=${item.id} class=${current ? 'current' : ''} tabindex=${current ? 0 : -1} aria-current=${current ? 'true' : nothing}
        aria-label=${item.text} @click=${() => (this.currentId = item.id)}>
      <p class="passage"><span class="context">${passage.clippedBefore ? '… ' : ''}${passage.before ? `${passage.before} ` : ''}</span><mark>${passage.quote}</mark><span class="context">${passage.after ? ` ${passage.after}` : ''}${passage.clippedAfter ? ' …' : ''}</span></p>
      ${item.text !== passage.quote && mode !== 'edit' ? html`<p class="edited">${item.text}</p>` : nothing}
      ${suggestionMeta(item)}
      ${similar ? html`<div class="similar">${t('inbox.similar', { title: similar })}</div>` : nothing}
      ${mode === 'edit'
        ? html`<textarea aria-label=${t('items.text')} .value=${item.text}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void this.saveEdit(item, (e.target as HTMLTextAreaElement).value);
              } else if (e.key === 'Escape') this.close();
            }}></textarea>
          <div class="actions">
            <button class="primary" @click=${() => void this.saveEdit(item, this.renderRoot.querySelector('textarea')?.value ?? item.text)}>${t('common.save')}</button>
            <button @click=${() => this.close()}>${t('common.cancel')}</button>
          </div>`
        : mode === 'dismiss'
          ? html`<input class="reason" aria-label=${t('inbox.dismissReason')} placeholder=${t('inbox.dismissReason')}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') void this.dismiss(item, (e.target as HTMLInputElement).value);
                else if (e.key === 'Escape') this.close();
              }} />
            <div class="actions">
              <button class="primary" @click=${() => void this.dismiss(item, this.renderRoot.querySelector<HTMLInputElement>('input.reason')?.value ?? '')}>${t('inbox.confirmDismiss')}</button>
              <button @click=${() => this.close()}>${t('common.cancel')}</button>
            </div>`
          : html`<div class="actions">
              <button class="primary" aria-label=${t('items.acceptOf', { text: short })} @click=${() => void this.accept(item)}>${t('items.accept')}</button>
              <button aria-label=${t('items.editOf', { text: short })} @click=${() => this.open('edit', item)}>${t('common.edit')}</button>
              <button aria-label=${t('items.dismissOf', { text: short })} @click=${() => this.open('dismiss', item)}>${t('items.dismiss')}</button>
              ${similar ? html`<button aria-label=${t('inbox.mergeOf', { text: short })} @click=${() => void this.merge(item)}>${t('inbox.merge')}</button>` : nothing}
            </div>`}
    </li>`;
  }

  override render() {
    const data = this.data.value;
    if (!data) return html`<p class="muted" role="status">${t('inbox.loading')}</p>`;
    const groups = this.groups();
    const items = groups.flatMap((g) => g.items);
    const current = this.current(items);
    const briefs = new Map(data.briefs.map((b) => [b.id, b]));
    const titleOf = (id: string): string => briefs.get(id)?.title ?? t('checklists.untitledBrief');
    // Where the current suggestion's near-duplicate comes from, shown before M is pressed.
    const similar = current ? this.memo.similarTo(current, items) : undefined;
    const similarFrom = new Map(current && similar ? [[current.id, titleOf(similar.briefIds[0] ?? '')]] : []);
    return html`
      <h1>${t('inbox.title')}</h1>
      <p class="intro">${t('inbox.intro')}</p>
      <p class="keys">${t('inbox.keys')}</p>
      ${items.length === 0
        ? html`<div class="empty"><h2>${t('inbox.emptyTitle')}</h2><p>${t('inbox.emptyBody')}</p></div>`
        : repeat(
            groups,
            (g) => g.briefId,
            (g) => html`<section aria-labelledby=${`b-${g.briefId}`}>
              <div class="group-head">
                <h2 id=${`b-${g.briefId}`}>${titleOf(g.briefId)}</h2>
                <a href=${hrefFor({ view: 'brief', id: g.briefId })}>${t('inbox.openBrief')}</a>
              </div>
              <ol aria-label=${t('inbox.fromBrief', { title: titleOf(g.briefId) })}>
                ${repeat(g.items, (i) => i.id, (i) => this.renderItem(i, briefs.get(g.briefId), i.id === current?.id, similarFrom.get(i.id)))}
              </ol>
            </section>`,
          )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-inbox-view': InboxView;
  }
}
