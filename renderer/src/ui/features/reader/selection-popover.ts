import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../domain/types.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';

export type SelectionAction = { kind: 'highlight'; color: HighlightColor } | { kind: 'note' } | { kind: 'tags' } | { kind: 'item' } | { kind: 'redact' };

/** The toolbar offered over a text selection in the reader. Keys: H, 1–4, N, T, R, X. */
@customElement('cy-selection-popover')
export class SelectionPopover extends LitElement {
  static override styles = [
    controls,
    css`
      :host { position: absolute; z-index: 10; }
      div { display: flex; gap: 4px; padding: 6px; background: var(--cy-surface); border: 1px solid var(--cy-border); border-radius: var(--cy-radius); box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); }
      .swatch { width: 30px; height: 30px; padding: 0; }
      .swatch[data-color='yellow'] { background: var(--cy-hl-yellow); }
      .swatch[data-color='green'] { background: var(--cy-hl-green); }
      .swatch[data-color='blue'] { background: var(--cy-hl-blue); }
      .swatch[data-color='pink'] { background: var(--cy-hl-pink); }
    `,
  ];

  @property({ type: Number }) x = 0;
  @property({ type: Number }) y = 0;

  private choose(action: SelectionAction): void {
    this.dispatchEvent(new CustomEvent<SelectionAction>('cy-selection-action', { detail: action, bubbles: true, composed: true }));
  }

  override render() {
    this.style.left = `${this.x}px`;
    this.style.top = `${this.y}px`;
    return html`<div role="toolbar" aria-label=${t('reader.selectionTools')}>
      ${HIGHLIGHT_COLORS.map(
        (color, i) => html`<button class="swatch" data-color=${color} title=${`${t(`color.${color}`)} (${i + 1})`}
          aria-label=${t('reader.highlightIn', { color: t(`color.${color}`) })}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => this.choose({ kind: 'highlight', color })}>${i + 1}</button>`,
      )}
      <button @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose({ kind: 'note' })} title="N">${t('reader.addNote')}</button>
      <button @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose({ kind: 'tags' })} title="T">${t('reader.addTags')}</button>
      <button @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose({ kind: 'item' })} title="R">${t('reader.makeItem')}</button>
      <button @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose({ kind: 'redact' })} title="X">${t('reader.redact')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-selection-popover': SelectionPopover;
  }
  interface HTMLElementEventMap {
    'cy-selection-action': CustomEvent<SelectionAction>;
  }
}
