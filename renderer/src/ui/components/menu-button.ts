import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, queryAll, state } from 'lit/decorators.js';
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import { controls } from '../styles/tokens.js';
import { icon, type IconName } from '../styles/icons.js';

export interface MenuItem {
  id: string;
  label: string;
  icon?: IconName;
  /** Shown at the item's end, as in a desktop menu ("Ctrl+E"). */
  shortcut?: string;
  danger?: boolean;
  disabled?: boolean;
  /** Items with a different group than the one before get a separator. */
  group?: string;
  /** Set for a choice among several (a theme): the item is a menuitemradio, ticked when true. */
  checked?: boolean;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it
 * on the first item, ArrowUp on the last; arrows, Home and End move; Enter or a click chooses and
 * fires `cy-menu-select` with the item's id; Escape closes and returns focus to the button; Tab or
 * a click elsewhere closes. Floating UI keeps the menu on screen.
 */
@customElement('cy-menu-button')
export class MenuButton extends LitElement {
  static override styles = [
    controls,
    css`
      :host { display: inline-block; position: relative; }
      [role='menu'] {
        position: fixed; top: 0; left: 0; z-index: 50; min-width: 12rem; max-width: min(22rem, 90vw);
        margin: 0; padding: var(--cy-space-1); list-style: none; background: var(--cy-surface); color: var(--cy-text);
        border: 1px solid var(--cy-border); border-radius: var(--cy-radius); box-shadow: var(--cy-shadow-2);
      }
      .item {
        display: flex; align-items: center; gap: var(--cy-space-2); width: 100%; box-sizing: border-box; text-align: start;
        border: 0; background: transparent; padding: var(--cy-space-2) var(--cy-space-3); border-radius: var(--cy-radius-s);
      }
      .item:hover:not(:disabled), .item:focus-visible { background: var(--cy-surface-2); outline-offset: -2px; }
      .item.danger { color: var(--cy-danger); }
      .tick { width: 1.1em; flex: none; display: inline-flex; }
      .shortcut { margin-inline-start: auto; padding-inline-start: var(--cy-space-4); color: var(--cy-muted); font-size: var(--cy-step--1); }
      [role='separator'] { height: 1px; margin: var(--cy-space-1) 0; background: var(--cy-border); }
    `,
  ];

  /** The button's accessible name, also its tooltip when it shows only an icon. */
  @property() label = '';
  /** Text shown on the button; empty for an icon-only button. */
  @property() text = '';
  @property() icon: IconName = 'more';
  @property({ attribute: false }) items: MenuItem[] = [];
  @property() placement: Placement = 'bottom-end';
  @property({ reflect: true, attribute: 'button-class' }) buttonClass = 'quiet';
  @state() private open = false;
  @query('button.trigger') private trigger!: HTMLButtonElement;
  @query('[role="menu"]') private menu?: HTMLElement;
  @queryAll('.item:not(:disabled)') private enabledItems!: NodeListOf<HTMLButtonElement>;
  private stopFollowing?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }

  private readonly onOutside = (e: PointerEvent) => {
    if (!e.composedPath().includes(this)) this.close(false);
  };

  private async show(focus: 'first' | 'last'): Promise<void> {
    if (this.open) return;
    this.open = true;
    await this.updateComplete;
    const menu = this.menu!;
    this.stopFollowing = autoUpdate(this.trigger, menu, () => {
      void computePosition(this.trigger, menu, { placement: this.placement, strategy: 'fixed', middleware: [offset(4), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
        menu.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
    document.addEventListener('pointerdown', this.onOutside, true);
    const items = [...this.enabledItems];
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (returnFocus) this.trigger.focus();
  }

  private onTriggerKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      void this.show('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      void this.show('last');
    }
  }

  private onMenuKey(e: KeyboardEvent): void {
    const items = [...this.enabledItems];
    const at = items.indexOf(this.shadowRoot!.activeElement as HTMLButtonElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Escape: () => this.close(true),
    };
    if (keys[e.key]) {
      e.preventDefault();
      e.stopPropagation();
      keys[e.key]!();
    } else if (e.key === 'Tab') this.close(false);
  }

  private choose(item: MenuItem): void {
    this.close(true);
    this.dispatchEvent(new CustomEvent<string>('cy-menu-select', { detail: item.id, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <button
        class="trigger ${this.buttonClass}"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${this.text ? nothing : this.label}
        title=${this.label}
        @click=${() => (this.open ? this.close(true) : void this.show('first'))}
        @keydown=${this.onTriggerKey}
      >${icon(this.icon)}${this.text ? html`<span>${this.text}</span>` : nothing}</button>
      ${this.open
        ? html`<div role="menu" aria-label=${this.label} @keydown=${this.onMenuKey}>
            ${this.items.map((item, i) => html`
              ${i > 0 && item.group !== this.items[i - 1]!.group ? html`<div role="separator"></div>` : nothing}
              <button
                role=${item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked=${item.checked === undefined ? nothing : String(item.checked)}
                tabindex="-1"
                class="item ${item.danger ? 'danger' : ''}"
                ?disabled=${item.disabled}
                @click=${() => this.choose(item)}
              >
                ${item.checked === undefined ? nothing : html`<span class="tick">${item.checked ? icon('check') : nothing}</span>`}
                ${item.icon ? icon(item.icon) : nothing}<span>${item.label}</span>${item.shortcut ? html`<span class="shortcut" aria-hidden="true">${item.shortcut}</span>` : nothing}
              </button>`)}
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-menu-button': MenuButton;
  }
}
