import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../../../domain/types.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { stackMarginNotes } from './margin-stack.js';

export type SidebarAction = 'focus' | 'edit' | 'delete' | 'reattach' | 'color' | 'principal';
export interface SidebarEventDetail {
  action: SidebarAction;
  id: string;
  color?: HighlightColor;
  /** For 'principal': whether the annotation is now marked for the principal's summary. */
  on?: boolean;
}

/** The brief's annotations in reading order, filterable by colour and tag, with the Orphans list. */
@customElement('cy-annotation-sidebar')
export class AnnotationSidebar extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; font-size: 0.92rem; }
      h2 { font-size: 1rem; margin: 0 0 8px; }
      .filters { display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 8px; }
      ol { list-style: none; margin: 0; padding: 0; }
      li { border: 1px solid var(--cy-border); border-left-width: 6px; border-radius: var(--cy-radius); padding: 8px; margin-bottom: 8px; background: var(--cy-surface); }
      li[data-color='yellow'] { border-left-color: var(--cy-hl-yellow); border-left-style: solid; }
      li[data-color='green'] { border-left-color: var(--cy-hl-green); border-left-style: dashed; }
      li[data-color='blue'] { border-left-color: var(--cy-hl-blue); border-left-style: dotted; }
      li[data-color='pink'] { border-left-color: var(--cy-hl-pink); border-left-style: double; }
      li[data-color='redaction'] { border-left-color: currentColor; border-left-style: solid; background-image: repeating-linear-gradient(135deg, transparent 0 5px, color-mix(in srgb, currentColor 10%, transparent) 5px 7px); }
      li.active { outline: 3px solid var(--cy-focus); }
      .quote { all: unset; display: block; cursor: pointer; font-style: italic; overflow-wrap: anywhere; }
      .quote:focus-visible { outline: 3px solid var(--cy-focus); }
      .colour { font-size: 0.8rem; color: var(--cy-muted); }
      /* A very long note scrolls in place, so its Edit and Delete stay near its quote. */
      .note { margin-top: 6px; overflow-wrap: anywhere; max-height: 18rem; overflow: auto; }
      .note p { margin: 0 0 4px; }
      .note pre { white-space: pre-wrap; margin: 0; font: inherit; }
      .tags { display: flex; gap: 4px; flex-wrap: wrap; margin-top: 4px; }
      .tag { font-size: 0.78rem; padding: 0 6px; border-radius: 999px; background: var(--cy-surface-2); }
      .row { display: flex; gap: 4px; margin-top: 6px; flex-wrap: wrap; }
      .row button { padding: 2px 8px; font-size: 0.85rem; }
      .principal { display: inline-flex; align-items: center; gap: 4px; font-size: 0.85rem; cursor: pointer; }
      .orphans { margin-top: 16px; }
      /* In the margin, each note is placed level with its highlight (see placeBeside). */
      ol[data-margin] { position: relative; }
      ol[data-margin] > li { position: absolute; left: 0; right: 0; margin: 0; transition: top 160ms ease-out, transform 160ms ease-out; }
      ol[data-margin] > li.active { transform: translateX(-8px); box-shadow: var(--cy-shadow-2); }
      @media (prefers-reduced-motion: reduce) { ol[data-margin] > li { transition: none; } }
      /* A long quote would push the next notes far from their text: two lines, whole when in use. */
      ol[data-margin] > li:not(.active):not(:focus-within) .quote { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
    `,
  ];

  @property({ attribute: false }) annotations: Annotation[] = [];
  @property() activeId = '';
  @state() private color: HighlightColor | '' = '';
  @state() private tag = '';

  /** Viewport tops of each annotation's highlight while notes sit in the margin; else undefined. */
  private beside?: ReadonlyMap<string, number>;

  /** Puts the notes level with their highlights, or back into a plain list when given undefined. */
  placeBeside(tops: ReadonlyMap<string, number> | undefined): void {
    this.beside = tops;
    this.stack();
  }

  protected override updated(): void {
    this.stack();
  }

  private stack(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ol.placed');
    if (!list) return;
    const entries = [...list.children] as HTMLElement[];
    list.toggleAttribute('data-margin', this.beside !== undefined);
    if (!this.beside) {
      list.style.height = '';
      for (const li of entries) li.style.top = '';
      return;
    }
    const origin = list.getBoundingClientRect().top;
    let previous = 0;
    const notes = entries.map((li) => {
      // A highlight not laid out yet (or filtered away) keeps its note after the one before it.
      const top = this.beside?.get(li.dataset.id ?? '');
      previous = top === undefined ? previous : top - origin;
      return { wanted: previous, height: li.offsetHeight };
    });
    const tops = stackMarginNotes(notes, entries.findIndex((li) => li.classList.contains('active')));
    entries.forEach((li, i) => (li.style.top = `${tops[i]}px`));
    list.style.height = `${Math.max(0, ...tops.map((top, i) => top + (notes[i]?.height ?? 0)))}px`;
  }

  private act(action: SidebarAction, id: string, color?: HighlightColor, on?: boolean): void {
    this.dispatchEvent(new CustomEvent<SidebarEventDetail>('cy-annotation-action', { detail: { action, id, color, on }, bubbles: true, composed: true }));
  }

  /** Moves keyboard focus to an annotation's entry (used when its highlight is clicked). */
  async reveal(id: string): Promise<void> {
    // A folded drawer around the sidebar opens first, so the entry can take focus.
    this.dispatchEvent(new Event('cy-reveal', { bubbles: true, composed: true }));
    this.color = '';
    this.tag = '';
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] .quote`);
    button?.scrollIntoView({ block: 'nearest' });
    button?.focus();
  }

  private renderNote(note: string) {
    // Notes are Markdown from the user, parsed in the Markdown worker and sanitized like bodies,
    // then inserted as an inert fragment. Until then the note shows as written.
    const div = document.createElement('div');
    div.className = 'note';
    div.textContent = note;
    void renderMarkdownAsync(note).then((rendered) => div.replaceChildren(toFragment(rendered.html)));
    return div;
  }

  /** A redaction: its reason, its words (the editor may see them), and Remove (with undo). */
  private renderRedaction(a: Annotation) {
    const quote = a.selector.quote.exact;
    return html`<li data-id=${a.id} data-color="redaction" class=${a.id === this.activeId ? 'active' : ''}>
      <span class="colour">${t('annotations.redacted', { reason: a.redaction?.reason ?? '' })}</span>
      <button class="quote" @click=${() => this.act(a.orphaned ? 'reattach' : 'focus', a.id)}>“${quote}”</button>
      <div class="row">
        ${a.orphaned ? html`<button @click=${() => this.act('reattach', a.id)}>${t('annotations.reattach')}</button>` : null}
        <button class="danger" @click=${() => this.act('delete', a.id)} aria-label=${t('annotations.removeRedaction', { quote: quote.slice(0, 40) })}>${t('common.remove')}</button>
      </div>
    </li>`;
  }

  private renderItem(a: Annotation) {
    if (a.redaction) return this.renderRedaction(a);
    return html`<li data-id=${a.id} data-color=${a.color} class=${a.id === this.activeId ? 'active' : ''}>
      <span class="colour">${t(`color.${a.color}`)}</span>
      <button class="quote" @click=${() => this.act(a.orphaned ? 'edit' : 'focus', a.id)}>“${a.selector.quote.exact}”</button>
      ${a.note ? this.renderNote(a.note) : null}
      ${a.tags.length ? html`<div class="tags">${a.tags.map((tag) => html`<span class="tag">#${tag}</span>`)}</div>` : null}
      <div class="row">
        <button @click=${() => this.act('edit', a.id)} aria-label=${t('annotations.editOf', { quote: a.selector.quote.exact.slice(0, 40) })}>${t('common.edit')}</button>
        <label class="visually-hidden" for=${`c-${a.id}`}>${t('annotations.colour')}</label>
        <select id=${`c-${a.id}`} @change=${(e: Event) => this.act('color', a.id, (e.target as HTMLSelectElement).value as HighlightColor)}>
          ${HIGHLIGHT_COLORS.map((c) => html`<option value=${c} ?selected=${c === a.color}>${t(`color.${c}`)}</option>`)}
        </select>
        <label class="principal"><input type="checkbox" .checked=${a.forPrincipal === true} @change=${(e: Event) => this.act('principal', a.id, undefined, (e.target as HTMLInputElement).checked)} />${t('annotations.forPrincipal')}</label>
        ${a.orphaned ? html`<button @click=${() => this.act('reattach', a.id)}>${t('annotations.reattach')}</button>` : null}
        <button class="danger" @click=${() => this.act('delete', a.id)} aria-label=${t('annotations.deleteOf', { quote: a.selector.quote.exact.slice(0, 40) })}>${t('common.delete')}</button>
      </div>
    </li>`;
  }

  override render() {
    const tags = [...new Set(this.annotations.flatMap((a) => a.tags))].sort();
    const shown = this.annotations.filter((a) => (!this.color || (a.color === this.color && !a.redaction)) && (!this.tag || a.tags.includes(this.tag)));
    const placed = shown.filter((a) => !a.orphaned);
    const orphans = shown.filter((a) => a.orphaned);
    return html`<section aria-labelledby="ann-title">
      <h2 id="ann-title">${t('annotations.title', { count: placed.length })}</h2>
      ${this.annotations.length
        ? html`<div class="filters">
            <label>${t('annotations.filterColour')}
              <select @change=${(e: Event) => (this.color = (e.target as HTMLSelectElement).value as HighlightColor | '')}>
                <option value="">${t('annotations.all')}</option>
                ${HIGHLIGHT_COLORS.map((c) => html`<option value=${c} ?selected=${c === this.color}>${t(`color.${c}`)}</option>`)}
              </select>
            </label>
            ${tags.length
              ? html`<label>${t('annotations.filterTag')}
                  <select @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
                    <option value="">${t('annotations.all')}</option>
                    ${tags.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>${tag}</option>`)}
                  </select>
                </label>`
              : null}
          </div>`
        : html`<p class="muted">${t('annotations.empty')}</p>`}
      <ol class="placed" aria-label=${t('annotations.list')} @focusin=${() => this.stack()} @focusout=${() => queueMicrotask(() => this.stack())}>${repeat(placed, (a) => a.id, (a) => this.renderItem(a))}</ol>
      ${orphans.length
        ? html`<div class="orphans">
            <h2>${t('annotations.orphans', { count: orphans.length })}</h2>
            <p class="muted">${t('annotations.orphansHelp')}</p>
            <ol aria-label=${t('annotations.orphanList')}>${repeat(orphans, (a) => a.id, (a) => this.renderItem(a))}</ol>
          </div>`
        : null}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-annotation-sidebar': AnnotationSidebar;
  }
  interface HTMLElementEventMap {
    'cy-annotation-action': CustomEvent<SidebarEventDetail>;
  }
}
