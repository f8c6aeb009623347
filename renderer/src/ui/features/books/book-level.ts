// The book's handling level in the composer. It is computed from the briefs and paragraphs it
// holds; the user may raise it, never set it below its content: lower levels are not offered,
// and a level chosen before the content rose is overridden in print by the content's.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { getBriefRecord } from '../../../data/briefs.js';
import { updateBook } from '../../../data/books.js';
import { bookRank, rankOf } from '../../../domain/marking/levels.js';
import type { Book, BriefRecord } from '../../../domain/types.js';
import { preferences } from '../../app/preferences.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { levelName } from '../marking/level-name.js';

@customElement('cy-book-level')
export class BookLevel extends LitElement {
  static override styles = [controls, css`:host { display: block; } label { display: grid; gap: 4px; } .hint { color: var(--cy-muted); font-size: 0.85rem; margin: 4px 0 0; }`];

  @property({ attribute: false }) book!: Book;

  private briefs = new LiveQueryController(
    this,
    async () => (await Promise.all(this.briefIds().map((id) => getBriefRecord(id)))).filter((b): b is BriefRecord => b !== undefined),
    () => [this.briefIds().join(' ')],
  );

  private briefIds(): string[] {
    return (this.book?.entries ?? []).filter((e) => e.kind === 'brief').map((e) => e.id);
  }

  private async choose(value: string): Promise<void> {
    await updateBook(this.book.id, { level: value === '' ? undefined : value });
  }

  override render() {
    const scheme = preferences().markingScheme;
    const content = bookRank(scheme, this.briefs.value ?? []);
    const chosen = this.book.level === undefined ? -1 : rankOf(scheme, this.book.level);
    const contentLevel = scheme.levels[content]!;
    return html`<label>${t('level.ofBook')}
      <select @change=${(e: Event) => void this.choose((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${chosen <= content}>${t('level.fromContent', { name: levelName(contentLevel) })}</option>
        ${scheme.levels.slice(content + 1).map((l) => html`<option value=${l.id} ?selected=${chosen > content && scheme.levels[chosen]?.id === l.id}>${levelName(l)}</option>`)}
      </select>
    </label>
    ${content > 0 ? html`<p class="hint">${t('level.bookFloor', { name: levelName(contentLevel) })}</p>` : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-book-level': BookLevel;
  }
}
