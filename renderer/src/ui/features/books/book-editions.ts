// The composer's Editions panel: one edition per reader or audience, each ticking which of the
// book's briefs and sections go in, whether notes and checklist items do, and phrases redacted
// from it only. Every change is written at once (one transaction, from the stored list); a
// deleted edition comes back with Undo.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { changeEditions } from '../../../data/books.js';
import { newId } from '../../../data/ids.js';
import { editionNameProblem, newEdition } from '../../../domain/book/editions.js';
import { MAX_PHRASE, MIN_PHRASE } from '../../../domain/redaction/rules.js';
import type { Book, BookEntry, Edition } from '../../../domain/types.js';
import { controls } from '../../styles/tokens.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { emit } from '../../events.js';
import { platform } from '../../../platform/index.js';
import { storedValue } from '../../directives/stored-value.js';
import { exportAllEditions, exportToPdf } from './export-book.js';
import { bookEditionsStyles } from './book-editions.styles.js';

const NAME_PROBLEMS: Record<'empty' | 'too-long' | 'taken', MessageKey> = {
  empty: 'editions.nameEmpty',
  'too-long': 'editions.nameTooLong',
  taken: 'editions.nameTaken',
};

@customElement('cy-book-editions')
export class BookEditions extends LitElement {
  static override styles = [controls, bookEditionsStyles];

  @property({ attribute: false }) book?: Book;
  @state() private newName = '';
  /** A refused name or phrase list, by edition id ('' for the new-edition field). */
  @state() private problems: Record<string, string> = {};
  @state() private busy = false;

  private change(update: (editions: Edition[]) => Edition[]): Promise<void> {
    return changeEditions(this.book!.id, update);
  }

  private patch(id: string, patch: Partial<Edition>): void {
    void this.change((list) => list.map((e) => (e.id === id ? { ...e, ...patch } : e)));
  }

  private setProblem(key: string, message: string): void {
    this.problems = { ...this.problems, [key]: message };
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const book = this.book!;
    const problem = editionNameProblem(book, this.newName);
    if (problem) return this.setProblem('', t(NAME_PROBLEMS[problem]));
    const edition = newEdition(book, newId(), this.newName);
    await this.change((list) => [...list, edition]);
    this.newName = '';
    this.setProblem('', '');
    emit(this, 'cy-toast', { message: t('editions.added', { name: edition.name }) });
  }

  private rename(edition: Edition, input: HTMLInputElement): void {
    const problem = editionNameProblem(this.book!, input.value, edition.id);
    this.setProblem(edition.id, problem ? t(NAME_PROBLEMS[problem]) : '');
    if (!problem) this.patch(edition.id, { name: input.value.trim() });
  }

  /** One phrase a line; a line too short or too long refuses the whole list, so nothing is half-saved. */
  private setPhrases(edition: Edition, text: string): void {
    const phrases = text.split('\n').map((p) => p.trim()).filter(Boolean);
    const bad = phrases.some((p) => p.length < MIN_PHRASE || p.length > MAX_PHRASE);
    this.setProblem(`${edition.id}:phrases`, bad ? t('editions.extraBad') : '');
    if (!bad) this.patch(edition.id, { extraRedactions: phrases });
  }

  private toggle(edition: Edition, key: 'briefIds' | 'sections', id: string, on: boolean): void {
    void this.change((list) =>
      list.map((e) => (e.id !== edition.id ? e : { ...e, [key]: on ? [...new Set([...e[key], id])] : e[key].filter((x) => x !== id) })),
    );
  }

  private async deleteEdition(edition: Edition): Promise<void> {
    const index = (this.book!.editions ?? []).findIndex((e) => e.id === edition.id);
    await this.change((list) => list.filter((e) => e.id !== edition.id));
    emit(this, 'cy-toast', {
      message: t('editions.deleted', { name: edition.name }),
      action: {
        label: t('common.undo'),
        // Back in its place, unless another edition took its name meanwhile.
        run: () => this.change((list) => (list.some((e) => e.id === edition.id || e.name.trim().toLocaleLowerCase() === edition.name.trim().toLocaleLowerCase()) ? list : [...list.slice(0, index), edition, ...list.slice(index)])),
      },
    });
  }

  private async run(work: () => Promise<unknown>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const book = this.book;
    if (!book) return nothing;
    const editions = book.editions ?? [];
    const desktop = platform().kind === 'desktop';
    return html`<fieldset class="editions">
      <legend>${t('editions.title')}</legend>
      <p class="help muted">${t('editions.help')}</p>
      ${editions.length === 0 ? html`<p class="empty">${t('editions.none')}</p>` : nothing}
      ${editions.length > 0 && desktop
        ? html`<p class="all">
            <button aria-busy=${this.busy ? 'true' : 'false'} @click=${() => void this.run(() => exportAllEditions(this, book.id))}>${t('editions.exportAll')}</button>
            <span class="muted">${t('editions.exportAllHelp')}</span>
          </p>`
        : nothing}
      <ul class="edition-list" aria-label=${t('editions.title')}>${editions.map((e) => this.renderEdition(book, e))}</ul>
      <form class="add" @submit=${(e: Event) => void this.add(e)}>
        <label class="field">${t('editions.newName')}
          <input .value=${this.newName} maxlength="200" aria-invalid=${this.problems[''] ? 'true' : 'false'} aria-describedby="new-problem"
            @input=${(e: Event) => { this.newName = (e.target as HTMLInputElement).value; }} />
        </label>
        <button type="submit">${t('editions.add')}</button>
        <p id="new-problem" class="problem" role="alert">${this.problems[''] ?? ''}</p>
      </form>
    </fieldset>`;
  }

  private renderChecks(edition: Edition, entries: readonly BookEntry[], key: 'briefIds' | 'sections', legend: MessageKey) {
    if (entries.length === 0) return nothing;
    const chosen = new Set(edition[key]);
    return html`<fieldset class="checks"><legend>${t(legend)}</legend>
      ${entries.map((entry) => html`<label class="check"><input type="checkbox" .checked=${chosen.has(entry.id)}
        @change=${(e: Event) => this.toggle(edition, key, entry.id, (e.target as HTMLInputElement).checked)} /><span>${entry.title || t(key === 'sections' ? 'books.newSection' : 'books.kind.brief')}</span></label>`)}
    </fieldset>`;
  }

  private renderEdition(book: Book, edition: Edition) {
    const briefs = book.entries.filter((e) => e.kind === 'brief');
    const sections = book.entries.filter((e) => e.kind === 'section');
    const count = briefs.filter((b) => edition.briefIds.includes(b.id)).length;
    const nameProblem = this.problems[edition.id] ?? '';
    const phraseProblem = this.problems[`${edition.id}:phrases`] ?? '';
    return html`<li class="edition">
      <div class="edition-head">
        <h3>${edition.name}</h3>
        <span class="muted">${t('editions.count', { briefs: count, total: briefs.length })}</span>
      </div>
      <label class="field">${t('editions.name', { name: edition.name })}
        <input .value=${storedValue(edition.name)} maxlength="200" aria-invalid=${nameProblem ? 'true' : 'false'}
          @change=${(e: Event) => this.rename(edition, e.target as HTMLInputElement)} />
      </label>
      ${nameProblem ? html`<p class="problem" role="alert">${nameProblem}</p>` : nothing}
      <div class="choices">
        ${this.renderChecks(edition, briefs, 'briefIds', 'editions.briefs')}
        ${this.renderChecks(edition, sections, 'sections', 'editions.sections')}
        <fieldset class="checks"><legend>${t('editions.include')}</legend>
          <label class="check"><input type="checkbox" .checked=${edition.includeNotes} @change=${(e: Event) => this.patch(edition.id, { includeNotes: (e.target as HTMLInputElement).checked })} />${t('editions.includeNotes')}</label>
          <label class="check"><input type="checkbox" .checked=${edition.includeItems} @change=${(e: Event) => this.patch(edition.id, { includeItems: (e.target as HTMLInputElement).checked })} />${t('editions.includeItems')}</label>
        </fieldset>
      </div>
      <label class="field">${t('editions.extra')}
        <textarea .value=${storedValue(edition.extraRedactions.join('\n'))} aria-invalid=${phraseProblem ? 'true' : 'false'}
          @change=${(e: Event) => this.setPhrases(edition, (e.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      ${phraseProblem ? html`<p class="problem" role="alert">${phraseProblem}</p>` : nothing}
      <div class="edition-actions">
        <a href=${hrefFor({ view: 'print-book', id: book.id }, { edition: edition.id })} aria-label=${t('editions.printLabel', { name: edition.name })}>${t('editions.print')}</a>
        <button ?disabled=${count === 0} aria-label=${t('editions.exportLabel', { name: edition.name })} @click=${() => void this.run(() => exportToPdf(this, book.id, edition.id))}>${t('editions.export')}</button>
        <button class="danger" @click=${() => void this.deleteEdition(edition)}>${t('editions.delete', { name: edition.name })}</button>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-book-editions': BookEditions;
  }
}
