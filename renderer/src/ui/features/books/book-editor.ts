// The composer for one book: cover fields, print options, the ordered contents (briefs and
// section dividers, reordered by drag or Alt+Arrow keys) and a picker to add briefs. Every edit
// is written straight to IndexedDB; the live query brings it back.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { getBook, updateBook, type BookPatch } from '../../../data/books.js';
import { listBriefs } from '../../../data/briefs.js';
import { searchClient } from '../../../search/search-client.js';
import { newId } from '../../../data/ids.js';
import { addBriefEntries, addSection, moveEntry, removeEntry, updateEntry } from '../../../domain/book/entries.js';
import type { Book, BookEntry, BookOptions } from '../../../domain/types.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { exportToPdf } from './export-book.js';
import { emit } from '../../events.js';
import { exportBookPackage } from '../settings/library-actions.js';
import { bookEditorStyles } from './book-editor.styles.js';
import { storedValue } from '../../directives/stored-value.js';
import { renderCoverFields, renderPrintOptions } from './book-fields.js';
import './book-editions.js';
import type { PassphraseDialog } from '../../components/passphrase-dialog.js';
import '../../components/passphrase-dialog.js';

/** Briefs the picker shows at a time, browsing by title or searching; "Show more" adds a page. */
const PICKER_PAGE = 50;

interface PickerBrief {
  id: string;
  title: string;
}

/** What the picker's search found in the whole library (through the search index). */
interface PickerSearch {
  query: string;
  briefs: PickerBrief[];
  more: boolean;
}

@customElement('cy-book-editor')
export class BookEditor extends LitElement {
  static override styles = [controls, bookEditorStyles];

  @property() bookId = '';
  @state() private filter = '';
  @state() private pickerPages = 1;
  @state() private found: PickerSearch | null = null;
  @state() private announcement = '';
  @state() private exporting = false;
  @state() private dragFrom = -1;
  @state() private dropAt = -1;
  /** The entry to focus once a render shows it at its new position. */
  private pendingFocus: { id: string; index: number } | null = null;
  private book = new LiveQueryController(this, () => getBook(this.bookId), () => [this.bookId]);
  /** Browsing without a query: the first pages by title, one more than shown to know if there are more. */
  private briefs = new LiveQueryController(this, () => listBriefs('title', 0, this.pickerPages * PICKER_PAGE + 1), () => [this.pickerPages]);

  private offStatus?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Searched while the index was still building: ask again once it is complete.
    this.offStatus = searchClient().onStatus((status) => {
      if (status.state === 'ready') void this.search();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offStatus?.();
  }

  private setFilter(value: string): void {
    this.filter = value;
    this.pickerPages = 1;
    void this.search();
  }

  private showMore(): void {
    this.pickerPages++;
    void this.search();
  }

  /** Searches every brief in the library, not only the pages read for browsing. */
  private async search(): Promise<void> {
    const query = this.filter.trim();
    if (!query) {
      this.found = null;
      return;
    }
    const results = await searchClient().search(query, { limit: this.pickerPages * PICKER_PAGE });
    // A later keystroke has asked again: its answer is the one to show.
    if (query !== this.filter.trim()) return;
    this.found = { query, briefs: results.groups.brief.map((h) => ({ id: h.id, title: h.title })), more: results.more.brief };
  }

  private save(patch: BookPatch): void {
    void updateBook(this.bookId, patch);
  }

  private setEntries(entries: BookEntry[]): void {
    this.save({ entries });
  }

  private setOption<K extends keyof BookOptions>(book: Book, key: K, value: BookOptions[K]): void {
    this.save({ options: { ...book.options, [key]: value } });
  }

  /** Moves still to be stored, one after another. */
  private moves: Promise<void> = Promise.resolve();

  /**
   * Moves an entry by id, reading the book afresh once the move before it is stored: two quick
   * presses must each step from where the other left the entry, not both from the same order.
   */
  private move(entryId: string, target: (from: number) => number): Promise<void> {
    const next = this.moves.then(() => this.moveNow(entryId, target));
    // A failed move is still reported to its caller, and does not stop the moves after it.
    this.moves = next.catch(() => undefined);
    return next;
  }

  private async moveNow(entryId: string, target: (from: number) => number): Promise<void> {
    const fresh = await getBook(this.bookId);
    if (!fresh) return;
    const from = fresh.entries.findIndex((e) => e.id === entryId);
    const to = target(from);
    if (from < 0 || to < 0 || to >= fresh.entries.length || to === from) return;
    this.pendingFocus = { id: entryId, index: to };
    await updateBook(this.bookId, { entries: moveEntry(fresh.entries, from, to) });
    this.announcement = t('books.moved', { title: this.entryTitle(fresh.entries[from]!), position: to + 1 });
  }

  /** Keyboard users keep their place: focus follows the moved entry once it is re-rendered. */
  override updated(): void {
    if (!this.pendingFocus) return;
    const li = this.renderRoot.querySelectorAll<HTMLElement>('ol.entries > li')[this.pendingFocus.index];
    if (li?.dataset.id !== this.pendingFocus.id) return;
    li.focus();
    this.pendingFocus = null;
  }

  private entryTitle(entry: BookEntry): string {
    return entry.title || t(entry.kind === 'section' ? 'books.newSection' : 'books.kind.brief');
  }

  private onEntryKey(e: KeyboardEvent, entryId: string): void {
    if (!e.altKey || e.target !== e.currentTarget) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const delta = e.key === 'ArrowUp' ? -1 : 1;
      void this.move(entryId, (from) => from + delta);
    }
  }

  private onDrop(e: DragEvent, book: Book, index: number): void {
    e.preventDefault();
    const dragged = book.entries[this.dragFrom];
    this.dragFrom = -1;
    this.dropAt = -1;
    if (dragged) void this.move(dragged.id, () => index);
  }

  private async exportPdf(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    try {
      await exportToPdf(this, this.bookId);
    } finally {
      this.exporting = false;
    }
  }

  /** A .chancery file with this book, its briefs, annotations and items, to share with a colleague. */
  private async exportPackage(book: Book): Promise<void> {
    const choice = await this.renderRoot.querySelector<PassphraseDialog>('cy-passphrase-dialog')?.askToSeal();
    if (!choice) return;
    const saved = await exportBookPackage(book.id, book.title, choice).catch((error: unknown) => ({ ok: false as const, error: { code: 'internal', message: String(error) } }));
    if (!saved.ok) emit(this, 'cy-toast', { kind: 'error', message: t('backup.failed', { reason: saved.error.message }) });
    else if (saved.value) emit(this, 'cy-toast', { kind: 'success', message: t('books.packageSaved', { path: saved.value.path }) });
  }

  override render() {
    const book = this.book.value;
    if (book === undefined) {
      return this.book.error || this.briefs.value !== undefined
        ? html`<p role="alert">${t('books.missing')} <a href=${hrefFor({ view: 'books' })}>${t('books.back')}</a></p>`
        : html`<p class="muted" role="status">${t('books.loading')}</p>`;
    }
    return html`
      <div class="top">
        <a href=${hrefFor({ view: 'books' })}>← ${t('books.back')}</a>
        <h1>${book.title}</h1>
        <a href=${hrefFor({ view: 'print-book', id: book.id })} >${t('books.preview')}</a>
        <!-- Busy, not disabled, while exporting: a disabled button drops the focus that the export's dialogs hand back. -->
        <button class="primary" ?disabled=${!book.entries.some((e) => e.kind === 'brief')} aria-disabled=${this.exporting ? 'true' : 'false'} aria-busy=${this.exporting ? 'true' : 'false'}
          @click=${() => void this.exportPdf()}>${t('books.export')}</button>
        <button @click=${() => void this.exportPackage(book)}>${t('books.exportPackage')}</button>
      </div>
      <p role="status" class=${this.exporting ? 'busy' : 'visually-hidden'}>${this.exporting ? t('books.exporting') : this.announcement}</p>
      <div class="grid">
        ${renderCoverFields(book, (patch) => this.save(patch))}
        ${renderPrintOptions(book, (key, value) => this.setOption(book, key, value))}
      </div>
      ${this.renderEntries(book)}
      <cy-book-editions .book=${book}></cy-book-editions>
      <cy-passphrase-dialog></cy-passphrase-dialog>
      ${this.renderPicker(book)}
    `;
  }

  private renderEntries(book: Book) {
    const last = book.entries.length - 1;
    return html`<fieldset>
      <legend>${t('books.contents')}</legend>
      <p class="help muted">${t('books.contentsHelp')}</p>
      ${book.entries.length === 0 ? html`<p class="empty">${t('books.contentsEmpty')}</p>` : nothing}
      <ol class="entries" aria-label=${t('books.contents')}>
        ${book.entries.map((entry, i) => {
          const title = this.entryTitle(entry);
          return html`<li
            class="${entry.kind} ${this.dragFrom === i ? 'dragging' : ''} ${this.dropAt === i ? 'drop-target' : ''}"
            data-id=${entry.id}
            tabindex="0"
            draggable="true"
            aria-label=${`${t(entry.kind === 'section' ? 'books.kind.section' : 'books.kind.brief')}: ${title}`}
            @keydown=${(e: KeyboardEvent) => this.onEntryKey(e, entry.id)}
            @dragstart=${(e: DragEvent) => { this.dragFrom = i; e.dataTransfer?.setData('text/plain', String(i)); }}
            @dragover=${(e: DragEvent) => { e.preventDefault(); this.dropAt = i; }}
            @dragend=${() => { this.dragFrom = -1; this.dropAt = -1; }}
            @drop=${(e: DragEvent) => this.onDrop(e, book, i)}
          >
            <span class="handle" aria-hidden="true">⠿</span>
            <div class="entry-main">
              <span class="kind">${t(entry.kind === 'section' ? 'books.kind.section' : 'books.kind.brief')}</span>
              ${entry.kind === 'section'
                ? html`<label class="field">${t('books.sectionTitle')}<input .value=${storedValue(entry.title)} @input=${(e: Event) => this.setEntries(updateEntry(book.entries, i, { title: (e.target as HTMLInputElement).value }))} /></label>`
                : html`<span class="entry-title">${title}</span>`}
              <label class="field">${t(entry.kind === 'section' ? 'books.sectionNote' : 'books.why')}
                <textarea .value=${storedValue(entry.note)} @input=${(e: Event) => this.setEntries(updateEntry(book.entries, i, { note: (e.target as HTMLTextAreaElement).value }))}></textarea>
              </label>
            </div>
            <div class="entry-actions">
              <button ?disabled=${i === 0} aria-label=${t('books.moveUp', { title })} @click=${() => void this.move(entry.id, (from) => from - 1)}>↑</button>
              <button ?disabled=${i === last} aria-label=${t('books.moveDown', { title })} @click=${() => void this.move(entry.id, (from) => from + 1)}>↓</button>
              <button class="danger" aria-label=${t('books.remove', { title })} @click=${() => this.setEntries(removeEntry(book.entries, i))}>✕</button>
            </div>
          </li>`;
        })}
      </ol>
      <button @click=${() => this.setEntries(addSection(book.entries, newId(), t('books.newSection')))}>${t('books.addSection')}</button>
    </fieldset>`;
  }

  private renderPicker(book: Book) {
    const page = this.briefs.value ?? [];
    const browsing = page.slice(0, this.pickerPages * PICKER_PAGE);
    const searching = this.filter.trim() !== '';
    const shown: PickerBrief[] = searching ? (this.found?.briefs ?? []) : browsing;
    const more = searching ? (this.found?.more ?? false) : page.length > browsing.length;
    const inBook = new Set(book.entries.filter((e) => e.kind === 'brief').map((e) => e.id));
    const addable = shown.filter((b) => !inBook.has(b.id));
    return html`<fieldset>
      <legend>${t('books.picker')}</legend>
      ${page.length === 0
        ? html`<p class="muted">${t('books.pickerLibraryEmpty')}</p>`
        : html`<div class="top">
              <input type="search" aria-label=${t('books.pickerFilter')} placeholder=${t('books.pickerFilter')} .value=${this.filter} @input=${(e: Event) => this.setFilter((e.target as HTMLInputElement).value)} />
              <button ?disabled=${addable.length === 0} @click=${() => this.setEntries(addBriefEntries(book.entries, addable))}>${t('books.addAll')}</button>
            </div>
            ${shown.length === 0 && (!searching || this.found?.query === this.filter.trim()) ? html`<p class="muted">${t('books.pickerEmpty')}</p>` : nothing}
            <ul class="picker-list" aria-label=${t('books.pickerList')}>
              ${shown.map(
                (b) => html`<li><span>${b.title}</span>${inBook.has(b.id)
                  ? html`<span class="muted">${t('books.added')}</span>`
                  : html`<button aria-label=${t('books.add', { title: b.title })} @click=${() => this.setEntries(addBriefEntries(book.entries, [b]))}>+</button>`}</li>`,
              )}
            </ul>
            ${more ? html`<button @click=${() => this.showMore()}>${t('books.pickerMore')}</button>` : nothing}`}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-book-editor': BookEditor;
  }
}
