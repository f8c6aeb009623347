import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { listTrackedItems } from '../../../data/recommendations.js';
import { controls } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';

@customElement('cy-checklists-view')
export class ChecklistsView extends LitElement {
  static override styles = [controls, css`:host { display: block; padding: 16px 24px; max-width: 980px; margin: 0 auto; }`];

  private items = new LiveQueryController(this, () => listTrackedItems());

  override render() {
    const items = this.items.value;
    if (items === undefined) return html`<p class="muted" role="status">${t('checklists.loading')}</p>`;
    if (!items.length) {
      return html`<div class="empty">
        <h1>${t('checklists.emptyTitle')}</h1>
        <p>${t('checklists.emptyBody')}</p>
      </div>`;
    }
    return html`<h1>${t('checklists.title')}</h1>
      <ul aria-label=${t('checklists.list')}>${items.map((i) => html`<li>${i.text} — ${i.status}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-checklists-view': ChecklistsView;
  }
}
