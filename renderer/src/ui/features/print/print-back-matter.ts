// The book's appendices as printed: the checklist of items and the sources, cited Chicago style.
import { html } from 'lit';
import { CHECKLIST_ANCHOR, SOURCES_ANCHOR, type BookLayout } from '../../../domain/book/layout.js';
import { chicagoCitation } from '../../../domain/book/citation.js';
import { localeFor } from '../../format.js';
import { statusLabel } from '../../i18n/index.js';
import type { PrintVoice } from './print-voice.js';

export function renderChecklist(layout: BookLayout, v: PrintVoice) {
  const rows = layout.checklist ?? [];
  return html`<section class="sheet appendix checklist" id=${CHECKLIST_ANCHOR}>
    <h2 class="part-title">${v.tr('print.checklist')}</h2>
    ${rows.length
      ? html`<table>
          <colgroup><col class="item" /><col class="status" /><col class="owner" /><col class="due" /><col /></colgroup>
          <thead><tr>
            <th scope="col">${v.tr('print.col.item')}</th><th scope="col">${v.tr('print.col.status')}</th>
            <th scope="col">${v.tr('print.col.owner')}</th><th scope="col">${v.tr('print.col.due')}</th>
            <th scope="col">${v.tr('print.col.source')}</th>
          </tr></thead>
          <tbody>${rows.map(
            (r) => html`<tr><td lang=${v.tag(r.text).lang} dir=${v.tag(r.text).dir}>${r.text}</td><td>${statusLabel(r.status, v.language)}</td><td>${r.owner}</td><td>${v.date(r.due)}</td><td>${r.sources.join('; ')}</td></tr>`,
          )}</tbody>
        </table>`
      : html`<p class="muted">${v.tr('print.checklistEmpty')}</p>`}
  </section>`;
}

export function renderSources(layout: BookLayout, v: PrintVoice) {
  const labels = { locale: localeFor(v.language), noDate: v.tr('print.citeNoDate'), accessed: v.tr('print.citeAccessed'), and: v.tr('print.citeAnd'), hash: v.tr('print.citeHash') };
  return html`<section class="sheet appendix sources" id=${SOURCES_ANCHOR}>
    <h2 class="part-title">${v.tr('print.sources')}</h2>
    <ol>${(layout.sources ?? []).map((c) => chicagoCitation(c, labels)).map((parts) => {
      const tag = v.tag(parts.map((p) => p.text).join(''));
      return html`<li lang=${tag.lang} dir=${tag.dir}>${parts.map((p) => (p.italic ? html`<i>${p.text}</i>` : p.text))}</li>`;
    })}</ol>
  </section>`;
}
