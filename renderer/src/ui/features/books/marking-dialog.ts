import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { MARKING_PRESETS } from '../../../domain/settings.js';
import { MARKING_MAX, markingOfAnswer, type MarkingAnswer } from '../../../domain/book/marking-choice.js';
import { controls, dialogStyles } from '../../styles/tokens.js';
import { t } from '../../i18n/index.js';

type Option = 'none' | 'other' | (typeof MARKING_PRESETS)[number];

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The first export's question: which handling marking the PDFs carry by default, "No marking"
 * among the choices and selected to begin with, so that Enter never prints a word the user did
 * not pick. Escape (or Cancel) cancels the export.
 */
@customElement('cy-marking-dialog')
export class MarkingDialog extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      dialog { --cy-dialog-width: 560px; }
      h2 { margin: 0 0 var(--cy-space-2); font-size: 1.1rem; }
      fieldset { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); margin: var(--cy-space-3) 0 0; padding: var(--cy-space-2) var(--cy-space-3) var(--cy-space-3); }
      legend { font-weight: 600; padding: 0 var(--cy-space-1); }
      label.choice { display: flex; gap: var(--cy-space-2); align-items: baseline; padding: 5px 0; cursor: pointer; overflow-wrap: anywhere; }
      .other { display: flex; gap: var(--cy-space-2); align-items: center; flex-wrap: wrap; }
      .other input[type='text'] { flex: 1 1 240px; min-width: 0; }
      .error { color: var(--cy-danger); margin: 6px 0 0; }
    `,
  ];

  @state() private choice: Option = 'none';
  @state() private other = '';
  @state() private invalid = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private resolve?: (marking: string | null) => void;
  /** Where focus was before the question: the dialog's own restore misses controls in shadow roots. */
  private returnFocus: HTMLElement | null = null;

  /** Resolves to the chosen marking ('' for none), or null when the user cancels the export. */
  async ask(): Promise<string | null> {
    this.resolve?.(null);
    this.choice = 'none';
    this.other = '';
    this.invalid = false;
    this.returnFocus = deepActiveElement();
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(marking: string | null): void {
    this.dialog.close();
    this.returnFocus?.focus();
    this.resolve?.(marking);
    this.resolve = undefined;
  }

  private answer(): MarkingAnswer {
    if (this.choice === 'none') return { kind: 'none' };
    if (this.choice === 'other') return { kind: 'other', text: this.other };
    return { kind: 'preset', preset: this.choice };
  }

  private submit(e: Event): void {
    e.preventDefault();
    const marking = markingOfAnswer(this.answer());
    if (marking !== null) {
      this.finish(marking);
      return;
    }
    this.invalid = true;
    this.renderRoot.querySelector<HTMLInputElement>('#other-text')?.focus();
  }

  private radio(value: Option, label: string) {
    return html`<label class="choice"><input type="radio" name="marking" .value=${value} .checked=${this.choice === value}
      @change=${() => { this.choice = value; this.invalid = false; }} />${label}</label>`;
  }

  override render() {
    return html`<dialog aria-labelledby="marking-title" aria-describedby="marking-intro"
      @cancel=${(e: Event) => { e.preventDefault(); this.finish(null); }}>
      <h2 id="marking-title">${t('markingQuestion.title')}</h2>
      <p id="marking-intro">${t('markingQuestion.intro')}</p>
      <form @submit=${(e: Event) => this.submit(e)}>
        <fieldset>
          <legend>${t('markingQuestion.legend')}</legend>
          ${this.radio('none', t('markingQuestion.none'))}
          ${MARKING_PRESETS.map((preset) => this.radio(preset, preset))}
          <div class="other">
            ${this.radio('other', t('markingQuestion.other'))}
            <input id="other-text" type="text" maxlength=${MARKING_MAX} aria-label=${t('markingQuestion.otherField')}
              aria-invalid=${this.invalid ? 'true' : 'false'} aria-describedby=${this.invalid ? 'other-error' : nothing}
              .value=${this.other}
              @input=${(e: Event) => { this.other = (e.target as HTMLInputElement).value; this.choice = 'other'; this.invalid = false; }} />
          </div>
          ${this.invalid ? html`<p id="other-error" class="error" role="alert">${t('markingQuestion.otherMissing')}</p>` : nothing}
        </fieldset>
        <p class="muted">${t('markingQuestion.later')}</p>
        <div class="actions">
          <button type="button" @click=${() => this.finish(null)}>${t('markingQuestion.cancel')}</button>
          <button type="submit" class="primary">${t('markingQuestion.confirm')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-marking-dialog': MarkingDialog;
  }
}
