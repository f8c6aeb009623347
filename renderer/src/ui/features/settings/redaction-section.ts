// Settings › Redaction rules: phrases and patterns, each rule with its reason, redacted from every
// exported PDF. The rules are checked as a whole and saved only when every one is usable.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { checkDrafts, draftOf, type DraftProblem, type RuleDraft } from '../../../domain/redaction/drafts.js';
import { MAX_REASON } from '../../../domain/redaction/rules.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { emit } from '../../events.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { controls } from '../../styles/tokens.js';
import { sectionStyles } from './settings-section.js';

const blank = (): RuleDraft => ({ reason: '', phrases: '', patterns: '' });

function problemText(p: DraftProblem): string {
  if (p.kind === 'no-reason') return t('settings.redactionNoReason', { number: p.rule });
  if (p.kind === 'nothing') return t('settings.redactionNothing', { number: p.rule });
  if (p.kind === 'short') return t('settings.redactionShort', { number: p.rule, phrase: p.phrase.slice(0, 60) });
  return t('settings.redactionBadPattern', { number: p.rule, pattern: p.pattern.slice(0, 60), why: t(`redaction.pattern.${p.why}` as MessageKey) });
}

@customElement('cy-redaction-section')
export class RedactionSection extends LitElement {
  static override styles = [
    controls,
    sectionStyles,
    css`
      ol.rules { list-style: none; padding: 0; margin: var(--cy-space-2) 0; display: grid; gap: var(--cy-space-3); }
      ol.rules li { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 10px var(--cy-space-3); display: grid; gap: 6px; }
      ol.rules h3 { font-size: 1rem; margin: 0; }
      textarea { min-height: 4.5em; resize: vertical; font-family: var(--cy-font-mono, ui-monospace, monospace); }
      .problems { color: var(--cy-danger); margin: 6px 0; padding-left: 20px; }
    `,
  ];

  @state() private drafts: RuleDraft[] = preferences().redactionRules.map(draftOf);
  @state() private problems: DraftProblem[] = [];
  /** Keys for repeat(): a rule's fields keep their place when one above it is removed. */
  private keys = this.drafts.map((_, i) => i);
  private nextKey = this.drafts.length;

  private change(i: number, field: keyof RuleDraft, value: string): void {
    this.drafts = this.drafts.map((d, j) => (j === i ? { ...d, [field]: value } : d));
  }

  private async add(): Promise<void> {
    this.drafts = [...this.drafts, blank()];
    this.keys = [...this.keys, this.nextKey++];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#reason-${this.drafts.length - 1}`)?.focus();
  }

  private removeRule(i: number): void {
    this.drafts = this.drafts.filter((_, j) => j !== i);
    this.keys = this.keys.filter((_, j) => j !== i);
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    const { rules, problems } = checkDrafts(this.drafts);
    this.problems = problems;
    if (problems.length) return;
    if (await writeOrTell(this, () => updatePreference('redactionRules', rules))) {
      emit(this, 'cy-toast', { kind: 'success', message: t('settings.redactionSaved') });
    }
  }

  private renderRule(d: RuleDraft, i: number) {
    const n = i + 1;
    return html`<li>
      <h3>${t('settings.redactionRule', { number: n })}</h3>
      <label for=${`reason-${i}`}>${t('settings.redactionReason', { number: n })}</label>
      <input id=${`reason-${i}`} maxlength=${MAX_REASON} .value=${d.reason} @input=${(e: Event) => this.change(i, 'reason', (e.target as HTMLInputElement).value)} />
      <label for=${`phrases-${i}`}>${t('settings.redactionPhrases', { number: n })}</label>
      <textarea id=${`phrases-${i}`} .value=${d.phrases} @input=${(e: Event) => this.change(i, 'phrases', (e.target as HTMLTextAreaElement).value)}></textarea>
      <label for=${`patterns-${i}`}>${t('settings.redactionPatterns', { number: n })}</label>
      <textarea id=${`patterns-${i}`} spellcheck="false" .value=${d.patterns} @input=${(e: Event) => this.change(i, 'patterns', (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="row"><button type="button" class="danger" @click=${() => this.removeRule(i)}>${t('settings.redactionRemove', { number: n })}</button></div>
    </li>`;
  }

  override render() {
    return html`<section aria-labelledby="redaction-h">
      <h2 id="redaction-h">${t('redaction.rulesTitle')}</h2>
      <p class="muted">${t('settings.redactionHint')}</p>
      <form @submit=${(e: Event) => void this.save(e)}>
        ${this.drafts.length
          ? html`<ol class="rules">${repeat(this.drafts, (_, i) => this.keys[i], (d, i) => this.renderRule(d, i))}</ol>`
          : html`<p>${t('settings.redactionEmpty')}</p>`}
        ${this.problems.length ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${problemText(p)}</li>`)}</ul>` : null}
        <div class="row">
          <button type="button" @click=${() => void this.add()}>${t('settings.redactionAdd')}</button>
          <button type="submit" class="primary">${t('settings.redactionSave')}</button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-redaction-section': RedactionSection;
  }
}
