import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BriefRecord } from '../../../domain/types.js';
import { removeLines, restoreLines, reviewLines, type CleanResult, type ReviewLine } from '../../../domain/text/cleanup.js';
import { plainOfMarkdownLine } from '../../../domain/text/lines.js';
import { saveBriefLines } from '../../../workflows/edit-brief.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { removalReasonLabel } from './removal-reason.js';

const PAGE_LINES = 300;

/**
 * The import review: the brief's kept lines beside the lines the import removed, each removal
 * with its reason. One button takes a further line out or puts a removed one back; the text is
 * saved with its list of removed lines at once, and annotations follow their words.
 */
@customElement('cy-import-review')
export class ImportReview extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; }
      .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-top: 8px; }
      h2 { font-size: 0.95em; margin: 0 0 4px; }
      ol { list-style: none; padding: 0; margin: 0; max-height: 24rem; overflow: auto; border: 1px solid var(--cy-border); border-radius: 6px; }
      li { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; padding: 4px 8px; border-bottom: 1px solid var(--cy-border); }
      li:last-child { border-bottom: none; }
      .removed li { background: var(--cy-surface-2); }
      .text { overflow-wrap: anywhere; }
      .reason { display: block; color: var(--cy-muted); font-size: 0.85em; }
      button { flex: none; }
      .more { margin-top: 6px; }
      @media (max-width: 700px) { .columns { grid-template-columns: 1fr; } }
    `,
  ];

  @property({ attribute: false }) brief!: BriefRecord;
  /** The brief's text: the review lists every line of it. */
  @property({ attribute: false }) markdown = '';
  /** How many lines each list shows: a brief of hundreds of thousands of lines would stall the window. */
  @state() private shown = PAGE_LINES;
  private lines?: { markdown: string; removedLines: BriefRecord['removedLines']; lines: ReviewLine[] };

  /** The review's lines, worked out again only when the text or its removals change. */
  private reviewed(): ReviewLine[] {
    const { markdown, brief } = this;
    if (this.lines?.markdown !== markdown || this.lines.removedLines !== brief.removedLines) {
      this.lines = { markdown, removedLines: brief.removedLines, lines: reviewLines(markdown, brief.removedLines) };
    }
    return this.lines.lines;
  }

  private async apply(result: CleanResult, message: 'details.restored' | 'details.removedLine'): Promise<void> {
    const b = this.brief;
    const saved = await saveBriefLines(b.id, result.markdown, result.removed, b.revision);
    // The text changed under this view: nothing was written; the lists now show the new text's lines.
    if (saved.status === 'conflict') {
      emit(this, 'cy-toast', { kind: 'error', message: t('conflict.title') });
      return;
    }
    emit(this, 'cy-toast', { kind: 'success', message: t(message, { moved: saved.annotations.moved, orphaned: saved.annotations.orphaned }) });
  }

  override render() {
    const b = this.brief;
    const lines = this.reviewed();
    const kept = lines.filter((l) => !l.removed && l.text.trim() !== '');
    const removed = lines.filter((l) => l.removed);
    const shown = (text: string) => plainOfMarkdownLine(text) || text;
    const more = (list: ReviewLine[]) =>
      list.length > this.shown
        ? html`<button class="more" @click=${() => (this.shown += PAGE_LINES)}>${t('review.more', { shown: this.shown, count: list.length })}</button>`
        : null;
    return html`<div class="columns">
      <section>
        <h2>${t('review.kept', { count: kept.length })}</h2>
        <ol aria-label=${t('review.keptList')}>
          ${kept.slice(0, this.shown).map(
            (l) => html`<li><span class="text">${shown(l.text)}</span>
              <button @click=${() => void this.apply(removeLines(this.markdown, b.removedLines, [l.index]), 'details.removedLine')}
                aria-label=${t('review.removeLine', { text: shown(l.text).slice(0, 50) })}>${t('review.remove')}</button></li>`,
          )}
        </ol>
        ${more(kept)}
      </section>
      <section class="removed">
        <h2>${t('review.removed', { count: removed.length })}</h2>
        <ol aria-label=${t('details.removedList')}>
          ${removed.slice(0, this.shown).map(
            (l) => html`<li><span class="text">${shown(l.text)}<span class="reason">${removalReasonLabel(l.removed!.reason)}</span></span>
              <button @click=${() => void this.apply(restoreLines(this.markdown, b.removedLines, [l.index]), 'details.restored')}
                aria-label=${t('details.restoreLine', { text: shown(l.text).slice(0, 50) })}>${t('details.restore')}</button></li>`,
          )}
        </ol>
        ${more(removed)}
      </section>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-import-review': ImportReview;
  }
}
