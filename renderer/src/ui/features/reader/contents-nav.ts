// The reader's contents: the brief's headings, indented by level; choosing one scrolls to it.
import { html } from 'lit';
import { t } from '../../i18n/index.js';
import type { Heading } from './reading-body.js';

export function contentsNav(headings: readonly Heading[], go: (id: string) => void) {
  return html`<nav class="toc" aria-label=${t('reader.contents')}>
    ${headings.length
      ? html`<h2>${t('reader.contents')}</h2>
          <ol>${headings.map((h) => html`<li style=${`padding-left:${(h.level - 1) * 10}px`}><button @click=${() => go(h.id)}>${h.text}</button></li>`)}</ol>`
      : null}
  </nav>`;
}
