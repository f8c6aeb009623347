// What can be done to the selected briefs at once: select all, tag, add to a book, move to the
// Trash (with undo) or clear the selection. It renders into the library's shadow root, not a root
// of its own, so the library's styles lay it out as before.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Book } from '../../../domain/types.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';
import { addBriefsToBook, tagBriefs, trashBriefs } from './bulk-actions.js';
import { EMPTY_SELECTION, type Selection } from './selection.js';

@customElement('cy-library-bulk-bar')
export class LibraryBulkBar extends LitElement {
  @property({ attribute: false }) selection: Selection = EMPTY_SELECTION;
  /** Every brief the filters keep, in order: what "select all" selects. */
  @property({ attribute: false }) order: readonly string[] = [];
  @property({ attribute: false }) books: readonly Book[] = [];
  @query('input[name=bulk-tag]') private tagInput?: HTMLInputElement;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private select(selection: Selection): void {
    this.dispatchEvent(new CustomEvent<Selection>('cy-selection-change', { detail: selection }));
  }

  private async tag(): Promise<void> {
    const tag = this.tagInput?.value.trim();
    if (!tag) return;
    const count = await tagBriefs([...this.selection.ids], tag);
    if (this.tagInput) this.tagInput.value = '';
    emit(this, 'cy-toast', { kind: 'success', message: t('library.tagged', { count, tag }) });
  }

  private async addToBook(e: Event): Promise<void> {
    const select = e.target as HTMLSelectElement;
    const book = this.books.find((b) => b.id === select.value);
    select.value = '';
    if (!book) return;
    const count = await addBriefsToBook([...this.selection.ids], book.id);
    emit(this, 'cy-toast', { kind: 'success', message: t('library.addedToBook', { count, book: book.title }) });
  }

  private async trash(): Promise<void> {
    const ids = [...this.selection.ids];
    const undo = await trashBriefs(ids);
    this.select(EMPTY_SELECTION);
    emit(this, 'cy-toast', { message: t('library.trashed', { count: ids.length }), action: { label: t('common.undo'), run: undo } });
  }

  override render() {
    const count = this.selection.ids.size;
    const order = this.order;
    return html`<div class="bulk" role="toolbar" aria-label=${t('library.bulk')}>
      <strong>${t('library.selected', { count })}</strong>
      ${count < order.length
        ? html`<button @click=${() => this.select({ ids: new Set(order), anchor: null })}>${t('library.selectAll', { count: order.length })}</button>`
        : nothing}
      <span class="tagger">
        <input name="bulk-tag" aria-label=${t('library.bulk.tagLabel')} placeholder=${t('library.bulk.tagLabel')}
          @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') void this.tag(); }} />
        <button @click=${() => void this.tag()}>${t('library.bulk.addTag')}</button>
      </span>
      <select aria-label=${t('library.bulk.book')} @change=${(e: Event) => void this.addToBook(e)}>
        <option value="">${t('library.bulk.book')}</option>
        ${this.books.map((b) => html`<option value=${b.id}>${b.title}</option>`)}
      </select>
      <button class="danger" @click=${() => void this.trash()}>${t('library.bulk.delete')}</button>
      <button @click=${() => this.select(EMPTY_SELECTION)}>${t('library.bulk.clear')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-library-bulk-bar': LibraryBulkBar;
  }
}
