import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { findAll } from '../../../domain/search/find.js';
import { rangeFromOffsets } from '../../../rendering/text-offsets.js';

/** Find-in-brief: marks every match with the CSS Custom Highlight API (no DOM changes), Enter/Shift+Enter step through. */
@customElement('cy-find-bar')
export class FindBar extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: flex; gap: 6px; align-items: center; padding: 6px 8px; background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); }
      .count { min-width: 6em; color: var(--cy-muted); font-size: 0.9rem; }
    `,
  ];

  /** The element whose text is searched. */
  @property({ attribute: false }) target?: HTMLElement;
  @state() private hits: Range[] = [];
  @state() private current = -1;
  /** Whether anything has been typed: an empty box has no matches to count. */
  @state() private searched = false;
  @query('input') private input!: HTMLInputElement;

  override focus(): void {
    this.input?.focus();
    this.input?.select();
  }

  /** Fills the box and searches, e.g. for a search result opened from the library. */
  async setQuery(query: string): Promise<void> {
    await this.updateComplete;
    this.input.value = query;
    this.search(query);
  }

  private search(query: string): void {
    const root = this.target;
    if (!root) return;
    const text = root.textContent ?? '';
    this.searched = query.trim() !== '';
    this.hits = findAll(text, query)
      .map((m) => rangeFromOffsets(root, m.start, m.end))
      .filter((r): r is Range => r !== null);
    this.current = this.hits.length ? 0 : -1;
    this.paint();
  }

  private step(delta: number): void {
    if (!this.hits.length) return;
    this.current = (this.current + delta + this.hits.length) % this.hits.length;
    this.paint();
  }

  private paint(): void {
    CSS.highlights.set('cy-find', new Highlight(...this.hits));
    const currentRange = this.hits[this.current];
    CSS.highlights.set('cy-find-current', currentRange ? new Highlight(currentRange) : new Highlight());
    currentRange?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  /**
   * Makes the current match the text selection, so the keyboard can annotate it (H, 1–4, N, T, R):
   * the keyboard path to selecting text without a mouse.
   */
  selectMatch(): void {
    const range = this.hits[this.current];
    if (!range) return;
    document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    this.dispatchEvent(new CustomEvent('cy-find-select', { bubbles: true, composed: true }));
  }

  close(): void {
    CSS.highlights.delete('cy-find');
    CSS.highlights.delete('cy-find-current');
    this.dispatchEvent(new CustomEvent('cy-find-close', { bubbles: true, composed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    CSS.highlights.delete('cy-find');
    CSS.highlights.delete('cy-find-current');
  }

  override render() {
    return html`<div role="search" aria-label=${t('find.label')}>
        <input type="search" aria-label=${t('find.label')} placeholder=${t('find.placeholder')}
          @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && e.altKey) { e.preventDefault(); this.selectMatch(); }
            else if (e.key === 'Enter') { e.preventDefault(); this.step(e.shiftKey ? -1 : 1); }
            if (e.key === 'Escape') this.close();
          }} />
      </div>
      <span class="count" role="status">${this.hits.length ? t('find.count', { current: this.current + 1, total: this.hits.length }) : this.searched ? t('find.none') : ''}</span>
      <button @click=${() => this.step(-1)} aria-label=${t('find.previous')}>↑</button>
      <button @click=${() => this.step(1)} aria-label=${t('find.next')}>↓</button>
      <button @click=${() => this.selectMatch()} title="Alt+Enter">${t('find.select')}</button>
      <button @click=${() => this.close()} aria-label=${t('find.close')}>×</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-find-bar': FindBar;
  }
  interface HTMLElementEventMap {
    'cy-find-close': CustomEvent<void>;
    'cy-find-select': CustomEvent<void>;
  }
}
