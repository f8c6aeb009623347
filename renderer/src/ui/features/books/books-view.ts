import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { listBooks } from '../../../data/books.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';

@customElement('cy-books-view')
export class BooksView extends LitElement {
  static override styles = [controls, css`:host { display: block; padding: 16px 24px; max-width: 980px; margin: 0 auto; }`];

  @property() bookId = '';
  private books = new LiveQueryController(this, () => listBooks());

  override render() {
    const books = this.books.value;
    if (books === undefined) return html`<p class="muted" role="status">${t('books.loading')}</p>`;
    if (!books.length) {
      return html`<div class="empty">
        <h1>${t('books.emptyTitle')}</h1>
        <p>${t('books.emptyBody')}</p>
      </div>`;
    }
    return html`<h1>${t('books.title')}</h1>
      <ul aria-label=${t('books.list')}>${books.map((b) => html`<li>${b.title}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-books-view': BooksView;
  }
}
