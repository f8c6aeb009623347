// The book's own fields in the composer: its cover (title, meeting, who it is by and for,
// marking) and its print options. Each change is handed back to be written at once.
import { html, nothing } from 'lit';
import type { BookPatch } from '../../../data/books.js';
import { wantsSummary } from '../../../domain/book/summary.js';
import { MARKING_PRESETS } from '../../../domain/settings.js';
import { ITEM_STATUSES, type Book, type BookOptions, type ItemStatus } from '../../../domain/types.js';
import { storedValue } from '../../directives/stored-value.js';
import './book-level.js';
import { languageChoices, statusLabel, t, type MessageKey } from '../../i18n/index.js';

function textField(label: MessageKey, value: string, onInput: (v: string) => void, type = 'text', list?: string) {
  return html`<label class="field">${t(label)}
    <input type=${type} .value=${storedValue(value)} list=${list ?? nothing} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
  </label>`;
}

/** The cover: title, meeting, who it is by and for, and its marking. */
export function renderCoverFields(book: Book, save: (patch: BookPatch) => void) {
  return html`<fieldset>
    <legend>${t('books.cover')}</legend>
    ${textField('books.field.title', book.title, (title) => save({ title }))}
    ${textField('books.field.subtitle', book.subtitle, (subtitle) => save({ subtitle }))}
    ${textField('books.field.meeting', book.meeting, (meeting) => save({ meeting }))}
    ${textField('books.field.date', book.meetingDate ?? '', (d) => save({ meetingDate: d || null }), 'date')}
    ${textField('books.field.preparedBy', book.preparedBy, (preparedBy) => save({ preparedBy }))}
    ${textField('books.field.preparedFor', book.preparedFor, (preparedFor) => save({ preparedFor }))}
    ${textField('books.field.marking', book.marking, (marking) => save({ marking }), 'text', 'marking-presets')}
    <cy-book-level .book=${book}></cy-book-level>
    <datalist id="marking-presets">${MARKING_PRESETS.map((m) => html`<option value=${m}></option>`)}</datalist>
  </fieldset>`;
}

/** How the book prints: paper, annotations, language and which parts it includes. */
export function renderPrintOptions(book: Book, setOption: <K extends keyof BookOptions>(key: K, value: BookOptions[K]) => void) {
  const o = book.options;
  const toggleStatus = (status: ItemStatus, on: boolean) =>
    setOption('checklistStatuses', on ? [...o.checklistStatuses, status] : o.checklistStatuses.filter((s) => s !== status));
  return html`<fieldset>
    <legend>${t('books.options')}</legend>
    <label class="field">${t('books.paper')}
      <select @change=${(e: Event) => setOption('paper', (e.target as HTMLSelectElement).value as BookOptions['paper'])}>
        ${(['A4', 'Letter'] as const).map((p) => html`<option value=${p} ?selected=${o.paper === p}>${p}</option>`)}
      </select>
    </label>
    <label class="field">${t('books.annotations')}
      <select @change=${(e: Event) => setOption('annotations', (e.target as HTMLSelectElement).value as BookOptions['annotations'])}>
        ${(['none', 'highlights', 'notes'] as const).map((m) => html`<option value=${m} ?selected=${o.annotations === m}>${t(`books.annotations.${m}`)}</option>`)}
      </select>
    </label>
    <label class="field">${t('books.language')}
      <select @change=${(e: Event) => setOption('language', (e.target as HTMLSelectElement).value as BookOptions['language'])}>
        ${languageChoices().map(({ value, label }) => html`<option value=${value} ?selected=${o.language === value}>${label}</option>`)}
      </select>
    </label>
    <label class="check"><input type="checkbox" .checked=${wantsSummary(o)} @change=${(e: Event) => setOption('summary', (e.target as HTMLInputElement).checked)} />${t('books.includeSummary')}</label>
    <label class="check"><input type="checkbox" .checked=${o.checklist} @change=${(e: Event) => setOption('checklist', (e.target as HTMLInputElement).checked)} />${t('books.includeChecklist')}</label>
    <fieldset class="statuses" ?disabled=${!o.checklist}>
      <legend>${t('books.checklistStatuses')}</legend>
      ${ITEM_STATUSES.filter((s) => s !== 'suggested' && s !== 'dismissed').map(
        (s) => html`<label class="check"><input type="checkbox" .checked=${o.checklistStatuses.includes(s)} @change=${(e: Event) => toggleStatus(s, (e.target as HTMLInputElement).checked)} />${statusLabel(s)}</label>`,
      )}
    </fieldset>
    <label class="check"><input type="checkbox" .checked=${o.sources} @change=${(e: Event) => setOption('sources', (e.target as HTMLInputElement).checked)} />${t('books.includeSources')}</label>
  </fieldset>`;
}
