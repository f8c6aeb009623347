// Briefing books: the list (#/books) with create, duplicate and delete (undoable), and the
// composer for one book (#/books/<id>).
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { createBook, deleteBook, duplicateBook, listBooks, restoreBook } from '../../../data/books.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { formatDate } from '../../format.js';
import { hrefFor, navigate } from '../../app/routes.js';
import { preferences } from '../../app/preferences.js';
import type { Book } from '../../../domain/types.js';
import './book-editor.js';

@customElement('cy-books-view')
export class BooksView extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; padding: var(--cy-space-4) var(--cy-space-5); max-width: 980px; margin: 0 auto; }
      .head { display: flex; align-items: center; justify-content: space-between; gap: var(--cy-space-3); }
      ul { list-style: none; padding: 0; margin: var(--cy-space-4) 0; display: grid; gap: var(--cy-space-2); }
      li { display: flex; align-items: center; gap: var(--cy-space-3); padding: var(--cy-space-3) 14px; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); background: var(--cy-surface); }
      li .grow { flex: 1; min-width: 0; }
      li a { font-weight: 600; color: var(--cy-text); overflow-wrap: anywhere; }
      li .muted { font-size: 0.9rem; margin-top: 2px; }
    `,
  ];

  @property() bookId = '';
  private books = new LiveQueryController(this, () => listBooks());

  private async create(): Promise<void> {
    const prefs = preferences();
    const book = await createBook(t('books.untitled'), prefs.defaultMarking);
    navigate({ view: 'book', id: book.id });
  }

  private async duplicate(book: Book): Promise<void> {
    await duplicateBook(book.id, t('books.copyOf', { title: book.title }));
  }

  private async deleteWithUndo(book: Book): Promise<void> {
    const removed = await deleteBook(book.id);
    if (!removed) return;
    emit(this, 'cy-toast', {
      message: t('books.deleted', { title: removed.title }),
      action: { label: t('common.undo'), run: () => restoreBook(removed) },
    });
  }

  override render() {
    if (this.bookId) return html`<cy-book-editor .bookId=${this.bookId}></cy-book-editor>`;
    const books = this.books.value;
    const newButton = html`<button class="primary" @click=${() => void this.create()}>${t('books.new')}</button>`;
    if (books === undefined) return html`<p class="muted" role="status">${t('books.loading')}</p>`;
    if (!books.length) {
      return html`<div class="empty">
        <h1>${t('books.emptyTitle')}</h1>
        <p>${t('books.emptyBody')}</p>
        ${newButton}
      </div>`;
    }
    return html`<div class="head"><h1>${t('books.title')}</h1>${newButton}</div>
      <ul aria-label=${t('books.list')}>
        ${books.map(
          (b) => html`<li>
            <div class="grow">
              <a href=${hrefFor({ view: 'book', id: b.id })}>${b.title}</a>
              <div class="muted">${t('books.summary', { count: b.entries.filter((e) => e.kind === 'brief').length, date: formatDate(new Date(b.updatedAt).toISOString()) })}</div>
            </div>
            <button @click=${() => void this.duplicate(b)} aria-label=${t('books.duplicateNamed', { title: b.title })}>${t('books.duplicate')}</button>
            <button class="danger" @click=${() => void this.deleteWithUndo(b)} aria-label=${t('books.deleteNamed', { title: b.title })}>${t('common.delete')}</button>
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-books-view': BooksView;
  }
}
