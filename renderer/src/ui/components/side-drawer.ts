// A side panel that the user can fold away to give the text the whole width, and open again from
// a slim handle. It folds only while `foldable` (the reader sets it below the width where notes
// sit in the margin); otherwise it is a plain column. Its content is slotted, so it stays in the
// host's tree, styles and queries.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { controls } from '../styles/tokens.js';
import { icon } from '../styles/icons.js';
import { t } from '../i18n/index.js';

@customElement('cy-side-drawer')
export class SideDrawer extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: block; }
      :host([closed]) { width: auto; }
      .bar { display: flex; justify-content: flex-end; margin-bottom: var(--cy-space-2); }
      .handle { writing-mode: vertical-rl; display: inline-flex; align-items: center; gap: var(--cy-space-2); padding: var(--cy-space-3) var(--cy-space-1); }
      button svg { width: 16px; height: 16px; }
      .quiet { display: inline-flex; align-items: center; gap: var(--cy-space-1); }
    `,
  ];

  @property({ type: Boolean }) foldable = false;
  /** What the panel holds, for its buttons' names ("Notes and items"). */
  @property() label = '';
  @property({ type: Boolean, reflect: true }) closed = false;
  @state() private folded = false;

  constructor() {
    super();
    // Content asking to be seen (a highlight clicked in the text) unfolds the drawer.
    this.addEventListener('cy-reveal', () => (this.folded = false));
  }

  private toggle(folded: boolean): void {
    this.folded = folded;
    // Focus follows the control that replaced the one just pressed.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus());
  }

  protected override willUpdate(): void {
    this.closed = this.foldable && this.folded;
  }

  override render() {
    if (!this.foldable) return html`<slot></slot>`;
    if (this.folded) {
      return html`<button class="handle" aria-expanded="false" @click=${() => this.toggle(false)}>${icon('panel-open')}${t('drawer.show', { what: this.label })}</button>`;
    }
    return html`<div class="bar">
        <button class="quiet" aria-expanded="true" @click=${() => this.toggle(true)} aria-label=${t('drawer.hide', { what: this.label })}>${icon('panel-close')}${t('drawer.hideShort')}</button>
      </div>
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-side-drawer': SideDrawer;
  }
}
