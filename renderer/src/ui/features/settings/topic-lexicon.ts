import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DEFAULT_TOPIC_LEXICON, type TopicLexicon } from '../../../domain/text/topics.js';
import { retagAllBriefs } from '../../../workflows/retag.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { controls } from '../../styles/tokens.js';
import { t, topicLabel } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { emit } from '../../events.js';

const parseTerms = (text: string): string[] => [...new Set(text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean))];

/** The topic lexicon, visible and editable: each topic and the terms that earn it. */
@customElement('cy-topic-lexicon')
export class TopicLexiconEditor extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; }
      .topic { display: grid; grid-template-columns: 12rem 1fr auto; gap: var(--cy-space-2); align-items: start; margin-bottom: var(--cy-space-2); }
      textarea { min-height: 3.2em; resize: vertical; width: 100%; box-sizing: border-box; }
      .row { display: flex; gap: var(--cy-space-2); flex-wrap: wrap; align-items: center; margin-top: var(--cy-space-2); }
    `,
  ];

  @state() private draft: TopicLexicon = structuredClone(preferences().topicLexicon ?? DEFAULT_TOPIC_LEXICON);
  @state() private retagged: number | null = null;
  @state() private newTopic = '';

  private async save(): Promise<void> {
    const cleaned = Object.fromEntries(Object.entries(this.draft).filter(([, terms]) => terms.length > 0));
    if (await writeOrTell(this, () => updatePreference('topicLexicon', cleaned))) emit(this, 'cy-toast', { kind: 'success', message: t('topics.saved') });
  }

  private async reset(): Promise<void> {
    if (await writeOrTell(this, () => updatePreference('topicLexicon', null))) this.draft = structuredClone(DEFAULT_TOPIC_LEXICON);
  }

  private async retag(): Promise<void> {
    this.retagged = 0;
    const total = await retagAllBriefs(preferences().topicLexicon ?? DEFAULT_TOPIC_LEXICON, (done) => (this.retagged = done));
    this.retagged = null;
    emit(this, 'cy-toast', { kind: 'success', message: t('topics.retagged', { count: total }) });
  }

  private addTopic(): void {
    const name = this.newTopic.trim().toLowerCase();
    if (!name || name in this.draft) return;
    this.draft = { ...this.draft, [name]: [] };
    this.newTopic = '';
  }

  override render() {
    return html`<section aria-labelledby="topics-h">
      <h2 id="topics-h">${t('topics.title')}</h2>
      <p class="muted">${t('topics.hint')}</p>
      ${Object.entries(this.draft).map(
        ([topic, terms]) => html`<div class="topic">
          <label for=${`topic-${topic}`}>${topicLabel(topic)}</label>
          <textarea id=${`topic-${topic}`} .value=${terms.join(', ')}
            @change=${(e: Event) => (this.draft = { ...this.draft, [topic]: parseTerms((e.target as HTMLTextAreaElement).value) })}></textarea>
          <button @click=${() => (this.draft = Object.fromEntries(Object.entries(this.draft).filter(([k]) => k !== topic)))}
            aria-label=${t('topics.removeOf', { topic: topicLabel(topic) })}>${t('common.delete')}</button>
        </div>`,
      )}
      <div class="row">
        <label>${t('topics.new')} <input .value=${this.newTopic} @input=${(e: Event) => (this.newTopic = (e.target as HTMLInputElement).value)} /></label>
        <button @click=${() => this.addTopic()}>${t('topics.add')}</button>
      </div>
      <div class="row">
        <button class="primary" @click=${() => void this.save()}>${t('topics.save')}</button>
        <button @click=${() => void this.reset()}>${t('topics.reset')}</button>
        <button ?disabled=${this.retagged !== null} @click=${() => void this.retag()}>${t('topics.retag')}</button>
        ${this.retagged !== null ? html`<span role="status">${t('topics.retagging', { count: this.retagged })}</span>` : null}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-topic-lexicon': TopicLexiconEditor;
  }
}
