import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { BriefRecord, FieldOrigins } from '../../../domain/types.js';
import { updateBrief } from '../../../data/briefs.js';
import { controls } from '../../styles/tokens.js';
import { t, topicLabel } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { readingMinutes } from '../../../domain/text/metadata.js';
import './import-review.js';
import { preferences } from '../../app/preferences.js';
import { levelName, levelNameOf } from '../marking/level-name.js';

/** Every field the brief records an origin for, now confirmed by the user. */
function confirmedOrigins(origins: FieldOrigins | undefined): FieldOrigins {
  return Object.fromEntries(Object.keys(origins ?? {}).map((k) => [k, 'found'])) as FieldOrigins;
}

/** A brief's provenance: topics with their evidence, the import review (what the clean-up kept and removed), and editable metadata. */
@customElement('cy-brief-details')
export class BriefDetails extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; font-family: var(--cy-font-ui); font-size: 0.9rem; margin: 8px 0 16px; }
      .topics { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
      .topic { padding: 1px 8px; border-radius: 999px; background: var(--cy-surface-2); }
      .topic small { color: var(--cy-muted); }
      details { margin-top: 8px; }
      summary { cursor: pointer; color: var(--cy-muted); }
      form { display: grid; grid-template-columns: max-content 1fr; gap: 6px 10px; align-items: center; margin-top: 8px; }
      form .actions { grid-column: 1 / -1; display: flex; justify-content: flex-end; }
      .guessed { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 0 0 8px; padding: 4px 8px; border-radius: 6px;
        background: var(--cy-surface-2); border-left: 3px solid var(--cy-accent, currentColor); }
      .badge { font-size: 0.75em; color: var(--cy-muted); font-style: italic; }
      .level select { font-size: 0.85rem; padding: 1px 4px; max-width: 22em; background: var(--cy-surface-2); color: inherit; border: 1px solid var(--cy-border); border-radius: 4px; }
    `,
  ];

  @property({ attribute: false }) brief!: BriefRecord;
  /** The brief's text, read only while the review is open (it may be many megabytes). */
  @property({ attribute: false }) markdown: () => string = () => '';
  @query('form') private form?: HTMLFormElement;
  /** The review lists every line of the brief: it is built only while it is open. */
  @state() private reviewing = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another brief in the same reader: its review starts closed, since it may be many megabytes.
    const before = changed.get('brief');
    if (before && before.id !== this.brief.id && this.reviewing) {
      this.reviewing = false;
      const review = this.renderRoot.querySelector<HTMLDetailsElement>('details.review');
      if (review) review.open = false;
    }
  }

  /** Confirming a guessed title makes it found: the flag goes and does not come back. */
  private async confirmTitle(): Promise<void> {
    await updateBrief(this.brief.id, { origins: { ...this.brief.origins, title: 'found' } });
    emit(this, 'cy-toast', { kind: 'success', message: t('details.titleConfirmed') });
  }

  /** The brief's handling level, chosen from the marking scheme in Settings. */
  private async setLevel(id: string): Promise<void> {
    await updateBrief(this.brief.id, { level: id });
    emit(this, 'cy-toast', { kind: 'success', message: t('level.set', { name: levelNameOf(preferences().markingScheme, id) }) });
  }

  private renderLevel() {
    const { levels } = preferences().markingScheme;
    const current = this.brief.level ?? levels[0]!.id;
    const known = levels.some((l) => l.id === current);
    return html`<span class="level">
      <select aria-label=${t('level.ofBrief')} @change=${(e: Event) => void this.setLevel((e.target as HTMLSelectElement).value)}>
        ${known ? null : html`<option value=${current} selected>${t('level.removed')}</option>`}
        ${levels.map((l) => html`<option value=${l.id} ?selected=${l.id === current}>${levelName(l)}</option>`)}
      </select>
    </span>`;
  }

  private editTitle(): void {
    this.renderRoot.querySelector<HTMLDetailsElement>('details.edit')!.open = true;
    this.renderRoot.querySelector<HTMLInputElement>('#m-title')?.focus();
  }

  private async saveMetadata(e: Event): Promise<void> {
    e.preventDefault();
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const published = text('publishedAt');
    await updateBrief(this.brief.id, {
      title: text('title') || this.brief.title,
      subtitle: text('subtitle'),
      byline: text('byline'),
      language: text('language'),
      source: { name: text('sourceName'), url: text('url'), publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null },
      topics: text('topics').split(',').map((s) => s.trim()).filter(Boolean),
      // Saving the form confirms every field in it: the user has read them all.
      origins: confirmedOrigins(this.brief.origins),
    });
    emit(this, 'cy-toast', { kind: 'success', message: t('details.saved') });
    this.renderRoot.querySelector<HTMLDetailsElement>('details.edit')!.open = false;
  }

  override render() {
    const b = this.brief;
    const guessed = (field: keyof FieldOrigins) => (b.origins?.[field] === 'guessed' ? html` <span class="badge">${t('details.guessed')}</span>` : null);
    return html`
      ${b.origins?.title === 'guessed'
        ? html`<p class="guessed" role="note">
            <span>${t('details.titleGuessed')}</span>
            <button @click=${() => void this.confirmTitle()}>${t('details.confirmTitle')}</button>
            <button @click=${() => this.editTitle()}>${t('details.editTitle')}</button>
          </p>`
        : null}
      <div class="topics" aria-label=${t('details.topics')}>
        ${this.renderLevel()}
        <span class="muted">${t('details.stats', { words: b.wordCount, minutes: readingMinutes(b.wordCount) })}</span>
        ${b.topicEvidence.map(
          (m) => html`<span class="topic" title=${t('details.evidence', { terms: m.terms.join(', ') })}>${topicLabel(m.topic)}
            ${m.terms.length ? html`<small>(${m.terms.slice(0, 3).join(', ')})</small>` : null}</span>`,
        )}
      </div>
      <details class="review" @toggle=${(e: Event) => (this.reviewing = (e.target as HTMLDetailsElement).open)}>
        <summary>${b.removedLines.length ? t('details.removed', { count: b.removedLines.length }) : t('review.none')}</summary>
        ${this.reviewing ? html`<cy-import-review .brief=${b} .markdown=${this.markdown()}></cy-import-review>` : null}
      </details>
      <details class="edit">
        <summary>${t('details.edit')}</summary>
        <form @submit=${this.saveMetadata}>
          <label for="m-title">${t('details.title')}${guessed('title')}</label><input id="m-title" name="title" .value=${b.title} required />
          <label for="m-subtitle">${t('details.subtitle')}</label><input id="m-subtitle" name="subtitle" .value=${b.subtitle} />
          <label for="m-byline">${t('details.byline')}${guessed('byline')}</label><input id="m-byline" name="byline" .value=${b.byline} />
          <label for="m-source">${t('details.source')}${guessed('source')}</label><input id="m-source" name="sourceName" .value=${b.source.name} />
          <label for="m-url">${t('details.url')}</label><input id="m-url" name="url" type="url" .value=${b.source.url} />
          <label for="m-date">${t('details.published')}${guessed('publishedAt')}</label><input id="m-date" name="publishedAt" type="date" .value=${b.source.publishedAt ?? ''} />
          <label for="m-lang">${t('details.language')}</label><input id="m-lang" name="language" .value=${b.language} />
          <label for="m-topics">${t('details.topicsEdit')}</label><input id="m-topics" name="topics" .value=${b.topics.join(', ')} />
          <div class="actions"><button class="primary" type="submit">${t('common.save')}</button></div>
        </form>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-brief-details': BriefDetails;
  }
}
