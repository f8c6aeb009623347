// The library's filter bar: topic, tag, source, read state, open items and book, each a choice
// that says "any" when unset, and a button to clear them all.
import { html, nothing } from 'lit';
import { isUnfiltered, type LibraryFacets, type LibraryFilter } from '../../../data/library-query.js';
import type { Book, ReadState } from '../../../domain/types.js';
import { t, topicLabel } from '../../i18n/index.js';
import { READ_STATES } from './library-url.js';

export interface FilterBar {
  filter: LibraryFilter;
  /** The values the library holds, once read. */
  facets: LibraryFacets | undefined;
  books: readonly Book[];
  set<K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]): void;
  clear(): void;
}

export function renderFilters({ filter: f, facets, books, set, clear }: FilterBar) {
  // A value from the URL stays selectable even before the facets load.
  const choice = (key: 'topic' | 'tag' | 'source', label: string, values: readonly string[]) =>
    html`<label>${label}
      <select @change=${(e: Event) => set(key, (e.target as HTMLSelectElement).value || null)}>
        <option value="" ?selected=${f[key] === null}>${t('library.filter.any')}</option>
        ${[...new Set([...(f[key] === null ? [] : [f[key]]), ...values])].map((v) => html`<option value=${v} ?selected=${v === f[key]}>${key === 'topic' ? topicLabel(v) : v}</option>`)}
      </select>
    </label>`;
  return html`<div class="filters" role="group" aria-label=${t('library.filters')}>
    ${choice('topic', t('library.filter.topic'), facets?.topics ?? [])}
    ${choice('tag', t('library.filter.tag'), facets?.tags ?? [])}
    ${choice('source', t('library.filter.source'), facets?.sources ?? [])}
    <label>${t('library.filter.read')}
      <select @change=${(e: Event) => set('read', ((e.target as HTMLSelectElement).value || null) as ReadState | null)}>
        <option value="" ?selected=${f.read === null}>${t('library.filter.any')}</option>
        ${READ_STATES.map((r) => html`<option value=${r} ?selected=${r === f.read}>${t(`library.read.${r}`)}</option>`)}
      </select>
    </label>
    <label class="check"><input type="checkbox" .checked=${f.openItems}
      @change=${(e: Event) => set('openItems', (e.target as HTMLInputElement).checked)} />${t('library.filter.openItems')}</label>
    <label>${t('library.filter.book')}
      <select @change=${(e: Event) => set('book', (e.target as HTMLSelectElement).value || null)}>
        <option value="" ?selected=${f.book === null}>${t('library.filter.any')}</option>
        ${books.map((b) => html`<option value=${b.id} ?selected=${b.id === f.book}>${b.title}</option>`)}
      </select>
    </label>
    ${isUnfiltered(f) ? nothing : html`<button @click=${clear}>${t('library.filter.clear')}</button>`}
  </div>`;
}
