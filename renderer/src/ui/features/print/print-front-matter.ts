// The book's front matter as printed: cover, the principal's one-page summary and the contents.
import { html, nothing } from 'lit';
import { SUMMARY_ANCHOR, type BookLayout } from '../../../domain/book/layout.js';
import type { BookSummary, Capped } from '../../../domain/book/summary.js';
import type { Book } from '../../../domain/types.js';
import { statusLabel, type MessageKey } from '../../i18n/index.js';
import type { PrintVoice } from './print-voice.js';

export function renderCover(book: Book, preparedBy: string, v: PrintVoice, edition = '', handling = '') {
  const facts: [MessageKey, string][] = [
    ['print.handling', handling],
    ['print.meeting', book.meeting],
    ['print.date', v.date(book.meetingDate)],
    ['print.preparedFor', book.preparedFor],
    ['print.preparedBy', preparedBy],
    ['print.editionTerm', edition],
  ];
  return html`<section class="sheet cover" aria-label=${v.tr('print.cover')}>
    ${book.marking.trim() ? html`<p class="marking">${book.marking}</p>` : nothing}
    <p class="kicker">${v.tr('print.kicker')}</p>
    <h1 class="cover-title" lang=${v.tag(book.title).lang} dir=${v.tag(book.title).dir}>${book.title}</h1>
    ${book.subtitle ? html`<p class="cover-subtitle" lang=${v.tag(book.subtitle).lang} dir=${v.tag(book.subtitle).dir}>${book.subtitle}</p>` : nothing}
    <dl>${facts.filter(([, value]) => value.trim() !== '').map(([k, value]) => html`<dt>${v.tr(k)}</dt><dd>${value}</dd>`)}</dl>
    <div class="spacer"></div>
    ${book.marking.trim() ? html`<p class="marking">${book.marking}</p>` : nothing}
  </section>`;
}

/** "and N more" under a list the summary had to cut short. */
function more<T>(list: Capped<T>, v: PrintVoice) {
  return list.more ? html`<p class="more muted">${v.tr('print.summaryMore', { count: list.more })}</p>` : nothing;
}

/** One page for the principal: the briefs in a line each, what is still owed, the notes meant for them. */
export function renderSummary(summary: BookSummary, v: PrintVoice) {
  const { briefs, items, notes } = summary;
  return html`<section class="sheet summary" id=${SUMMARY_ANCHOR} aria-labelledby="summary-title">
    <h2 class="part-title" id="summary-title">${v.tr('print.summary')}</h2>
    <h3>${v.tr('print.summaryBriefs')}</h3>
    <ul class="briefs">
      ${briefs.shown.map((b) => {
        const about = b.gist ?? [b.source, v.date(b.publishedAt)].filter((s) => s !== '').join(', ');
        return html`<li><span class="title" lang=${v.tag(b.title).lang} dir=${v.tag(b.title).dir}>${b.title}</span>${about
          ? html` — <span class="gist" lang=${v.tag(about).lang} dir=${v.tag(about).dir}>${about}</span>`
          : nothing}</li>`;
      })}
    </ul>
    ${more(briefs, v)}
    <h3>${v.tr('print.summaryItems')}</h3>
    ${items.shown.length
      ? html`<table>
          <colgroup><col class="item" /><col class="status" /><col class="owner" /><col class="due" /></colgroup>
          <thead><tr>
            <th scope="col">${v.tr('print.col.item')}</th><th scope="col">${v.tr('print.col.status')}</th>
            <th scope="col">${v.tr('print.col.owner')}</th><th scope="col">${v.tr('print.col.due')}</th>
          </tr></thead>
          <tbody>${items.shown.map(
            (r) => html`<tr class=${r.status}>
              <td lang=${v.tag(r.text).lang} dir=${v.tag(r.text).dir}>${r.text}</td>
              <td>${statusLabel(r.status, v.language)}</td>
              <td>${r.owner || html`<span class="muted">${v.tr('print.unassigned')}</span>`}</td>
              <td>${r.due ? v.date(r.due) : html`<span class="muted">${v.tr('print.noDue')}</span>`}</td>
            </tr>`,
          )}</tbody>
        </table>`
      : html`<p class="muted">${v.tr('print.summaryNoItems')}</p>`}
    ${more(items, v)}
    <h3>${v.tr('print.summaryNotes')}</h3>
    ${notes.shown.length
      ? html`<ul class="notes">${notes.shown.map(
          (n) => html`<li><q lang=${v.tag(n.quote).lang}>${n.quote}</q>${n.note ? html` — <span lang=${v.tag(n.note).lang}>${n.note}</span>` : nothing}
            <span class="muted">(${n.brief})</span></li>`,
        )}</ul>`
      : html`<p class="muted">${v.tr('print.summaryNoNotes')}</p>`}
    ${more(notes, v)}
  </section>`;
}

/** The contents, with page numbers once the printer has told them; on screen, links jump within the page. */
export function renderContents(layout: BookLayout, pages: Record<string, number>, jumpTo: (e: Event, anchor: string) => void, v: PrintVoice) {
  return html`<section class="sheet contents">
    <h2 class="part-title">${v.tr('print.contents')}</h2>
    <ol>
      ${layout.contents.map(
        (c) => html`<li class="level-${c.level}">
          <a href="#${c.anchor}" @click=${(e: Event) => jumpTo(e, c.anchor)}><span class="title" lang=${v.tag(c.title).lang} dir=${v.tag(c.title).dir}>${c.title}</span><span class="leader" aria-hidden="true"></span><span class="page">${pages[c.anchor] ?? ''}</span></a>
        </li>`,
      )}
    </ol>
  </section>`;
}
