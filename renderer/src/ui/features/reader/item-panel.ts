import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ChecklistItem } from '../../../domain/types.js';
import { setItemStatus, setItemsStatus, updateItem } from '../../../data/items.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { preferences } from '../../app/preferences.js';
import { hrefFor } from '../../app/routes.js';
import { suggestionMeta, suggestionMetaStyles } from '../checklists/suggestion-meta.js';

/** A brief's suggested checklist items (accept, edit, dismiss) and its tracked items. */
@customElement('cy-item-panel')
export class ItemPanel extends LitElement {
  static override styles = [
    controls,
    suggestionMetaStyles,
    css`
      :host { display: block; font-size: 0.92rem; margin-bottom: 20px; }
      h2 { font-size: 1rem; margin: 0 0 8px; }
      ol { list-style: none; margin: 0 0 12px; padding: 0; }
      li { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 8px; margin-bottom: 8px; background: var(--cy-surface); }
      .text { overflow-wrap: anywhere; }
      .row { display: flex; gap: 4px; margin-top: 6px; flex-wrap: wrap; }
      .row button { padding: 2px 8px; font-size: 0.85rem; }
      textarea { width: 100%; box-sizing: border-box; min-height: 4em; }
      a { color: var(--cy-accent); }
      details.tracked summary { cursor: pointer; }
      details.tracked summary h2 { display: inline; }
    `,
  ];

  @property({ attribute: false }) items: ChecklistItem[] = [];
  @state() private editing = '';

  private show(item: ChecklistItem): void {
    this.dispatchEvent(new CustomEvent('cy-show-passage', { detail: item.sources[0]?.selector.position ?? item.selector.position, bubbles: true, composed: true }));
  }

  private async accept(item: ChecklistItem, text?: string): Promise<void> {
    if (text !== undefined && text.trim() && text !== item.text) await updateItem(item.id, { text: text.trim() });
    await setItemStatus(item.id, 'open', preferences().authorName);
    this.editing = '';
  }

  private async dismiss(item: ChecklistItem): Promise<void> {
    await setItemStatus(item.id, 'dismissed', preferences().authorName);
    emit(this, 'cy-toast', {
      message: t('items.dismissed'),
      action: { label: t('common.undo'), run: () => void setItemStatus(item.id, 'suggested', preferences().authorName) },
    });
  }

  private async acceptAll(items: ChecklistItem[]): Promise<void> {
    await setItemsStatus(items.map((i) => i.id), 'open', preferences().authorName);
  }

  private renderSuggestion(item: ChecklistItem) {
    const editing = this.editing === item.id;
    return html`<li>
      ${editing
        ? html`<label class="visually-hidden" for=${`e-${item.id}`}>${t('items.text')}</label>
            <textarea id=${`e-${item.id}`} .value=${item.text}></textarea>`
        : html`<div class="text">${item.text}</div>`}
      ${suggestionMeta(item)}
      <div class="row">
        ${editing
          ? html`<button class="primary" @click=${() => void this.accept(item, this.renderRoot.querySelector<HTMLTextAreaElement>(`#e-${CSS.escape(item.id)}`)?.value)}>${t('items.saveAccept')}</button>
              <button @click=${() => (this.editing = '')}>${t('common.cancel')}</button>`
          : html`<button class="primary" @click=${() => void this.accept(item)} aria-label=${t('items.acceptOf', { text: item.text.slice(0, 50) })}>${t('items.accept')}</button>
              <button @click=${() => (this.editing = item.id)} aria-label=${t('items.editOf', { text: item.text.slice(0, 50) })}>${t('common.edit')}</button>
              <button @click=${() => void this.dismiss(item)} aria-label=${t('items.dismissOf', { text: item.text.slice(0, 50) })}>${t('items.dismiss')}</button>`}
        <button @click=${() => this.show(item)}>${t('items.showInText')}</button>
      </div>
    </li>`;
  }

  override render() {
    const suggested = this.items.filter((i) => i.status === 'suggested');
    const tracked = this.items.filter((i) => i.status !== 'suggested' && i.status !== 'dismissed');
    if (!suggested.length && !tracked.length) return null;
    return html`
      ${suggested.length
        ? html`<section aria-labelledby="sug-title">
            <h2 id="sug-title">${t('items.suggestedTitle', { count: suggested.length })}</h2>
            <ol aria-label=${t('items.suggestedList')}>${repeat(suggested, (i) => i.id, (i) => this.renderSuggestion(i))}</ol>
            ${suggested.length > 1 ? html`<button @click=${() => void this.acceptAll(suggested)}>${t('items.acceptAll')}</button>` : null}
          </section>`
        : null}
      ${tracked.length
        ? html`<details class="tracked">
            <summary><h2>${t('items.trackedTitle', { count: tracked.length })}</h2></summary>
            <ol aria-label=${t('items.trackedList')}>
              ${repeat(
                tracked,
                (i) => i.id,
                (i) => html`<li><div class="text">${i.text}</div>
                  <div class="row"><a href=${hrefFor({ view: 'checklists' }, { item: i.id })}>${t('items.openInChecklist')}</a></div></li>`,
              )}
            </ol>
          </details>`
        : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-item-panel': ItemPanel;
  }
  interface HTMLElementEventMap {
    'cy-show-passage': CustomEvent<{ start: number; end: number }>;
  }
}
