import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Brief } from '../../../domain/types.js';
import { restoreLines } from '../../../domain/text/cleanup.js';
import { updateBrief } from '../../../data/briefs.js';
import { saveBriefMarkdown } from '../../../workflows/edit-brief.js';
import { controls } from '../../styles/tokens.js';
import { t, topicLabel } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { readingMinutes } from '../../../domain/text/metadata.js';
import { removalReasonLabel } from './removal-reason.js';

/** A brief's provenance: topics with their evidence, what the clean-up removed (restorable), and editable metadata. */
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
      ol { padding-left: 20px; }
      li { margin: 4px 0; }
      .reason { color: var(--cy-muted); font-size: 0.85em; }
      form { display: grid; grid-template-columns: max-content 1fr; gap: 6px 10px; align-items: center; margin-top: 8px; }
      form .actions { grid-column: 1 / -1; display: flex; justify-content: flex-end; }
    `,
  ];

  @property({ attribute: false }) brief!: Brief;
  @query('form') private form?: HTMLFormElement;

  private async restore(index: number): Promise<void> {
    const b = this.brief;
    const result = restoreLines(b.markdown, b.removedLines, [index]);
    const saved = await saveBriefMarkdown(b.id, result.markdown, b.revision);
    // The text changed under this view: nothing was written; the list now shows the new text's lines.
    if (saved.status === 'conflict') {
      emit(this, 'cy-toast', { kind: 'error', message: t('conflict.title') });
      return;
    }
    await updateBrief(b.id, { removedLines: result.removed });
    const counts = saved.annotations;
    emit(this, 'cy-toast', { kind: 'success', message: t('details.restored', { moved: counts.moved, orphaned: counts.orphaned }) });
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
    });
    emit(this, 'cy-toast', { kind: 'success', message: t('details.saved') });
    this.renderRoot.querySelector<HTMLDetailsElement>('details.edit')!.open = false;
  }

  override render() {
    const b = this.brief;
    return html`
      <div class="topics" aria-label=${t('details.topics')}>
        <span class="muted">${t('details.stats', { words: b.wordCount, minutes: readingMinutes(b.wordCount) })}</span>
        ${b.topicEvidence.map(
          (m) => html`<span class="topic" title=${t('details.evidence', { terms: m.terms.join(', ') })}>${topicLabel(m.topic)}
            ${m.terms.length ? html`<small>(${m.terms.slice(0, 3).join(', ')})</small>` : null}</span>`,
        )}
      </div>
      ${b.removedLines.length
        ? html`<details>
            <summary>${t('details.removed', { count: b.removedLines.length })}</summary>
            <ol aria-label=${t('details.removedList')}>
              ${b.removedLines.map(
                (line) => html`<li><span>${line.text}</span> <span class="reason">(${removalReasonLabel(line.reason)})</span>
                  <button @click=${() => void this.restore(line.index)} aria-label=${t('details.restoreLine', { text: line.text.slice(0, 50) })}>${t('details.restore')}</button></li>`,
              )}
            </ol>
          </details>`
        : null}
      <details class="edit">
        <summary>${t('details.edit')}</summary>
        <form @submit=${this.saveMetadata}>
          <label for="m-title">${t('details.title')}</label><input id="m-title" name="title" .value=${b.title} required />
          <label for="m-subtitle">${t('details.subtitle')}</label><input id="m-subtitle" name="subtitle" .value=${b.subtitle} />
          <label for="m-byline">${t('details.byline')}</label><input id="m-byline" name="byline" .value=${b.byline} />
          <label for="m-source">${t('details.source')}</label><input id="m-source" name="sourceName" .value=${b.source.name} />
          <label for="m-url">${t('details.url')}</label><input id="m-url" name="url" type="url" .value=${b.source.url} />
          <label for="m-date">${t('details.published')}</label><input id="m-date" name="publishedAt" type="date" .value=${b.source.publishedAt ?? ''} />
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
