// Settings › Trash: deleted briefs, each restorable or deletable for good, and emptying the Trash
// only after a second, explicit confirmation.
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { deleteForever, emptyTrash, listTrash, restoreBriefFromTrash, TRASH_DAYS } from '../../../data/trash.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { sectionStyles, when } from './settings-section.js';

@customElement('cy-trash-section')
export class TrashSection extends LitElement {
  static override styles = [controls, sectionStyles];

  @state() private confirmEmpty = false;
  private trash = new LiveQueryController(this, () => listTrash());

  private async restore(id: string, title: string): Promise<void> {
    await restoreBriefFromTrash(id);
    emit(this, 'cy-toast', { kind: 'success', message: t('trash.restored', { title }) });
  }

  private async empty(): Promise<void> {
    this.confirmEmpty = false;
    const count = await emptyTrash();
    emit(this, 'cy-toast', { kind: 'info', message: t('trash.emptied', { count }) });
  }

  override render() {
    const briefs = this.trash.value;
    return html`<section aria-labelledby="trash-h">
      <h2 id="trash-h">${t('trash.title')}</h2>
      <p class="muted">${t('trash.hint', { days: TRASH_DAYS })}</p>
      ${briefs === undefined ? html`<p class="muted" role="status">${t('library.loading')}</p>` : nothing}
      ${briefs?.length === 0 ? html`<p class="muted">${t('trash.empty')}</p>` : nothing}
      ${briefs?.length
        ? html`<ul class="records" aria-label=${t('trash.list')}>
              ${briefs.map(
                (b) => html`<li><span class="what">${b.title} <span class="muted">— ${t('trash.deletedOn', { date: when(b.deletedAt ?? 0) })}</span></span>
                  <button aria-label=${t('trash.restoreOf', { title: b.title })} @click=${() => void this.restore(b.id, b.title)}>${t('trash.restore')}</button>
                  <button class="danger" aria-label=${t('trash.deleteOf', { title: b.title })} @click=${() => void deleteForever(b.id)}>${t('trash.deleteForever')}</button></li>`,
              )}
            </ul>
            <div class="row">
              ${this.confirmEmpty
                ? html`<span role="alert">${t('trash.confirmEmpty', { count: briefs.length })}</span>
                    <button class="danger" @click=${() => void this.empty()}>${t('trash.emptyNow')}</button>
                    <button @click=${() => (this.confirmEmpty = false)}>${t('common.cancel')}</button>`
                : html`<button class="danger" @click=${() => (this.confirmEmpty = true)}>${t('trash.emptyTrash')}</button>`}
            </div>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-trash-section': TrashSection;
  }
}
