// The print view (#/print/book/<id>): the book exactly as it prints, built from the same
// IndexedDB records, markdown renderer, article styles and highlight painting as the reader.
// It tells its printer when it is ready (html[data-print-ready]) and lets it fill the
// contents page numbers through window.chanceryPrint.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ChanceryPrintApi, PrintEntry, PrintInfo } from '../../../../../main/common/print-page.js';
import { SIDE_MARGIN_MM, markingBand } from '../../../domain/book/band.js';
import { bookMetadata } from '../../../domain/book/metadata.js';
import { bodyHeadingLevels } from '../../../domain/book/headings.js';
import { preferences } from '../../app/preferences.js';
import { loadBookRecords } from '../../../data/books.js';
import { CHECKLIST_ANCHOR, SOURCES_ANCHOR, SUMMARY_ANCHOR, layoutBook, type BookLayout, type BriefPart, type BookPart } from '../../../domain/book/layout.js';
import { chicagoCitation } from '../../../domain/book/citation.js';
import type { BookSummary, Capped } from '../../../domain/book/summary.js';
import type { Book } from '../../../domain/types.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { paintHighlights } from '../../../rendering/text-offsets.js';
import { articleStyles } from '../reader/article.styles.js';
import { BriefImages } from '../reader/brief-images.js';
import { highlightStyles } from '../reader/highlight.styles.js';
import { currentLanguage, statusLabel, t, topicLabel, type Language, type MessageKey } from '../../i18n/index.js';
import { formatDate, localeFor } from '../../format.js';
import { hrefFor } from '../../app/routes.js';
import { platform } from '../../../platform/index.js';
import { exportToPdf } from '../books/export-book.js';
import { controls } from '../../styles/tokens.js';
import { printDocumentCss, printStyles } from './print.styles.js';
import { langFontStyles } from '../../styles/lang-fonts.js';
import { ensureScriptFonts } from '../../styles/script-fonts.js';
import { markBlockLanguages } from '../../../rendering/block-language.js';
import { languageOfBrief, textAttributes } from '../../../domain/language/script.js';

/** Beyond this many columns a table is set smaller so its cells keep whole words. */
const WIDE_TABLE_COLUMNS = 6;
const columnCount = (table: HTMLTableElement): number => Math.max(0, ...[...table.rows].map((r) => r.cells.length));

const COVER_ENTRY = 'cover';
const CONTENTS_ENTRY = 'contents';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Body headings sit below the brief's own title, never skipping a level, so the PDF outline nests them. */
function setBodyHeadings(root: ParentNode, titleLevel: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = bodyHeadingLevels(headings.map((h) => Number(h.tagName.slice(1))), titleLevel + 1);
  headings.forEach((heading, i) => {
    const replacement = document.createElement(`h${levels[i]}`);
    for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  });
}

/** Book title H1; summary, contents, sections and appendices H2; a brief H2, or H3 inside a section. */
const briefTitleLevel = (part: BriefPart): number => part.level + 1;

@customElement('cy-print-book')
export class PrintBook extends LitElement {
  static override styles = [controls, articleStyles, highlightStyles, langFontStyles, printStyles];

  @property() bookId = '';
  /** Where Back goes: the page the user came from in this window, else the book's composer. */
  @property() backHref = '';
  /** Opens the browser's print dialog once ready (the preview's Export PDF). */
  @property({ type: Boolean }) autoprint = false;
  @state() private layout?: BookLayout;
  @state() private book?: Book;
  @state() private missing = false;
  @state() private pages: Record<string, number> = {};
  private documentStyle?: HTMLStyleElement;
  /** The page's language (the UI's) before the book set its own, given back on leaving. */
  private pageLang?: string;
  private readonly images = new BriefImages();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.documentStyle?.remove();
    if (this.pageLang !== undefined) document.documentElement.lang = this.pageLang;
    delete window.chanceryPrint;
    delete document.documentElement.dataset.printReady;
    this.images.revoke();
  }

  private get bookLanguage(): Language {
    return this.book?.options.language ?? 'en';
  }

  private tr(key: MessageKey, params: Record<string, string | number> = {}): string {
    return t(key, params, this.bookLanguage);
  }

  /** Dates print in the book's language too, whatever the UI's. */
  private date(iso: string | null | undefined): string {
    return formatDate(iso, localeFor(this.bookLanguage));
  }

  private async load(): Promise<void> {
    const records = await loadBookRecords(this.bookId);
    if (!records) {
      this.missing = true;
      document.documentElement.dataset.printReady = 'missing';
      return;
    }
    this.book = records.book;
    // The book's language, not the UI's: screen readers, hyphenation and the tagged PDF follow it.
    this.lang = records.book.options.language;
    // The page's too: the printer takes the tagged PDF's document language from <html>.
    this.pageLang = document.documentElement.lang;
    document.documentElement.lang = records.book.options.language;
    this.layout = layoutBook(records, { summary: this.tr('print.summary'), checklist: this.tr('print.checklist'), sources: this.tr('print.sources') });
    document.title = records.book.title;
    this.documentStyle = document.createElement('style');
    this.documentStyle.textContent = printDocumentCss(records.book.options.paper, this.band());
    document.head.append(this.documentStyle);
    // A book's every part is printed: load the script faces whatever its text (only the pieces
    // its characters need are ever fetched).
    ensureScriptFonts();
    await this.updateComplete;
    await this.fillBodies();
    window.chanceryPrint = this.api();
    await this.settle();
    if (this.autoprint) window.print();
  }

  /** Ready means: rendered, fonts loaded, and two frames painted with them. */
  private async settle(): Promise<void> {
    await this.updateComplete;
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
    document.documentElement.dataset.printReady = 'true';
  }

  private api(): ChanceryPrintApi {
    return {
      info: () => this.info(),
      entries: () => this.entries(),
      setPageNumbers: async (pages) => {
        document.documentElement.dataset.printReady = 'false';
        this.pages = { ...pages };
        await this.settle();
      },
    };
  }

  /**
   * Every heading the printer looks for, in the order printed. The cover title comes first, so the
   * search for each contents entry starts after it (a one-brief book's cover repeats the brief's
   * title); the contents page's own heading follows the summary, which prints before it.
   */
  private entries(): PrintEntry[] {
    const listed = (this.layout?.contents ?? []).map((c): PrintEntry => ({ id: c.anchor, title: c.title, role: 'listed' }));
    const beforeContents = listed.filter((e) => e.id === SUMMARY_ANCHOR);
    return [
      ...(this.book?.title.trim() ? [{ id: COVER_ENTRY, title: this.book.title, role: 'cover' as const }] : []),
      ...beforeContents,
      { id: CONTENTS_ENTRY, title: this.tr('print.contents'), role: 'contents' },
      ...listed.filter((e) => !beforeContents.includes(e)),
    ];
  }

  private info(): PrintInfo {
    const book = this.book!;
    const briefs = (this.layout?.parts ?? []).flatMap((p) => (p.kind === 'brief' ? [p.brief] : []));
    return {
      ...bookMetadata(book, briefs, preferences().authorName, (topic) => topicLabel(topic, this.bookLanguage)),
      marking: book.marking,
      language: book.options.language,
      paper: book.options.paper,
      pageLabel: this.tr('print.pageOf'),
      bandFontPt: this.band().fontPt,
      sideMarginMm: SIDE_MARGIN_MM,
    };
  }

  /** The book's own "prepared by", else the author named in Settings. */
  private preparedBy(book: Book): string {
    return book.preparedBy.trim() || preferences().authorName.trim();
  }

  private band() {
    return markingBand(this.book?.marking ?? '', this.book?.options.paper ?? 'A4');
  }

  /** Brief bodies are sanitized HTML inserted as inert fragments, then painted. */
  private async fillBodies(): Promise<void> {
    const parts = (this.layout?.parts ?? []).filter((p): p is BriefPart => p.kind === 'brief');
    const rendered = await Promise.all(parts.map((p) => renderMarkdownAsync(p.brief.markdown)));
    for (const [i, part] of parts.entries()) {
      const body = this.renderRoot.querySelector<HTMLElement>(`#${part.anchor} .body`);
      if (!body) continue;
      body.replaceChildren(toFragment(rendered[i]!.html));
      await this.images.show(body, part.brief.id, this.tr('reader.imageNotIncluded'));
      paintHighlights(
        body,
        part.highlights.map((h) => ({ ...h, label: h.endnote === null ? '' : this.tr('print.noteRef', { number: h.endnote }) })),
      );
      for (const h of part.highlights) {
        if (h.endnote === null) continue;
        const marks = body.querySelectorAll(`mark[data-ids~="${CSS.escape(h.id)}"]`);
        const ref = document.createElement('sup');
        ref.className = 'note-ref';
        ref.textContent = String(h.endnote);
        marks[marks.length - 1]?.after(ref);
      }
      setBodyHeadings(body, briefTitleLevel(part));
      for (const table of body.querySelectorAll('table')) table.classList.toggle('wide', columnCount(table) > WIDE_TABLE_COLUMNS);
      markBlockLanguages(body, languageOfBrief(part.brief));
    }
    await this.fillEndnotes(parts);
  }

  /** Notes are Markdown: rendered and sanitized as the bodies are, never shown as raw source. */
  private async fillEndnotes(parts: readonly BriefPart[]): Promise<void> {
    const notes = parts.flatMap((part) => part.endnotes.map((n) => ({ anchor: part.anchor, ...n })));
    const rendered = await Promise.all(notes.map((n) => renderMarkdownAsync(n.note)));
    for (const [i, n] of notes.entries()) {
      this.renderRoot.querySelector(`#${n.anchor} .endnotes [data-endnote="${n.number}"]`)?.replaceChildren(toFragment(rendered[i]!.html));
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    this.back();
  };

  private back(): void {
    location.hash = this.backHref || hrefFor({ view: 'book', id: this.bookId });
  }

  /** The browser prints this page as it is; the desktop app exports it with its marking header and footer. */
  private print(): void {
    if (platform().kind === 'browser') window.print();
    else void exportToPdf(this, this.bookId);
  }

  /** On screen the hash is the app's route, so contents links scroll instead of navigating. */
  private jumpTo(e: Event, anchor: string): void {
    e.preventDefault();
    this.renderRoot.querySelector(`#${anchor}`)?.scrollIntoView({ block: 'start' });
  }

  /** Screen only: the controls are in the UI's language, not the book's. */
  private renderToolbar() {
    return html`<div class="toolbar" role="toolbar" lang=${currentLanguage()} aria-label=${t('print.toolbar')}>
      <button @click=${() => this.back()}>${t('print.back')}</button>
      <button class="primary" ?disabled=${!this.book} @click=${() => this.print()}>${t('print.print')}</button>
    </div>`;
  }

  override render() {
    if (this.missing) return html`${this.renderToolbar()}<p class="missing" role="alert">${this.tr('print.missing')}</p>`;
    const { book, layout } = this;
    if (!book || !layout) return html`${this.renderToolbar()}<p class="missing" role="status">${this.tr('print.loading')}</p>`;
    return html`
      ${this.renderToolbar()}
      ${this.renderCover(book)}
      ${layout.summary ? this.renderSummary(layout.summary) : nothing}
      ${this.renderContents(layout)}
      ${layout.parts.map((p) => this.renderPart(p))}
      ${layout.checklist ? this.renderChecklist(layout) : nothing}
      ${layout.sources ? this.renderSources(layout) : nothing}
    `;
  }

  private renderCover(book: Book) {
    const facts: [MessageKey, string][] = [
      ['print.meeting', book.meeting],
      ['print.date', this.date(book.meetingDate)],
      ['print.preparedFor', book.preparedFor],
      ['print.preparedBy', this.preparedBy(book)],
    ];
    return html`<section class="sheet cover" aria-label=${this.tr('print.cover')}>
      ${book.marking.trim() ? html`<p class="marking">${book.marking}</p>` : nothing}
      <p class="kicker">${this.tr('print.kicker')}</p>
      <h1 class="cover-title" lang=${this.tag(book.title).lang} dir=${this.tag(book.title).dir}>${book.title}</h1>
      ${book.subtitle ? html`<p class="cover-subtitle" lang=${this.tag(book.subtitle).lang} dir=${this.tag(book.subtitle).dir}>${book.subtitle}</p>` : nothing}
      <dl>${facts.filter(([, v]) => v.trim() !== '').map(([k, v]) => html`<dt>${this.tr(k)}</dt><dd>${v}</dd>`)}</dl>
      <div class="spacer"></div>
      ${book.marking.trim() ? html`<p class="marking">${book.marking}</p>` : nothing}
    </section>`;
  }

  /** "and N more" under a list the summary had to cut short. */
  private more<T>(list: Capped<T>) {
    return list.more ? html`<p class="more muted">${this.tr('print.summaryMore', { count: list.more })}</p>` : nothing;
  }

  /** One page for the principal: the briefs in a line each, what is still owed, the notes meant for them. */
  private renderSummary(summary: BookSummary) {
    const { briefs, items, notes } = summary;
    return html`<section class="sheet summary" id=${SUMMARY_ANCHOR} aria-labelledby="summary-title">
      <h2 class="part-title" id="summary-title">${this.tr('print.summary')}</h2>
      <h3>${this.tr('print.summaryBriefs')}</h3>
      <ul class="briefs">
        ${briefs.shown.map((b) => {
          const about = b.gist ?? [b.source, this.date(b.publishedAt)].filter((s) => s !== '').join(', ');
          return html`<li><span class="title" lang=${this.tag(b.title).lang} dir=${this.tag(b.title).dir}>${b.title}</span>${about
            ? html` — <span class="gist" lang=${this.tag(about).lang} dir=${this.tag(about).dir}>${about}</span>`
            : nothing}</li>`;
        })}
      </ul>
      ${this.more(briefs)}
      <h3>${this.tr('print.summaryItems')}</h3>
      ${items.shown.length
        ? html`<table>
            <colgroup><col class="item" /><col class="status" /><col class="owner" /><col class="due" /></colgroup>
            <thead><tr>
              <th scope="col">${this.tr('print.col.item')}</th><th scope="col">${this.tr('print.col.status')}</th>
              <th scope="col">${this.tr('print.col.owner')}</th><th scope="col">${this.tr('print.col.due')}</th>
            </tr></thead>
            <tbody>${items.shown.map(
              (r) => html`<tr class=${r.status}>
                <td lang=${this.tag(r.text).lang} dir=${this.tag(r.text).dir}>${r.text}</td>
                <td>${statusLabel(r.status, this.bookLanguage)}</td>
                <td>${r.owner || html`<span class="muted">${this.tr('print.unassigned')}</span>`}</td>
                <td>${r.due ? this.date(r.due) : html`<span class="muted">${this.tr('print.noDue')}</span>`}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : html`<p class="muted">${this.tr('print.summaryNoItems')}</p>`}
      ${this.more(items)}
      <h3>${this.tr('print.summaryNotes')}</h3>
      ${notes.shown.length
        ? html`<ul class="notes">${notes.shown.map(
            (n) => html`<li><q lang=${this.tag(n.quote).lang}>${n.quote}</q>${n.note ? html` — <span lang=${this.tag(n.note).lang}>${n.note}</span>` : nothing}
              <span class="muted">(${n.brief})</span></li>`,
          )}</ul>`
        : html`<p class="muted">${this.tr('print.summaryNoNotes')}</p>`}
      ${this.more(notes)}
    </section>`;
  }

  private renderContents(layout: BookLayout) {
    return html`<section class="sheet contents">
      <h2 class="part-title">${this.tr('print.contents')}</h2>
      <ol>
        ${layout.contents.map(
          (c) => html`<li class="level-${c.level}">
            <a href="#${c.anchor}" @click=${(e: Event) => this.jumpTo(e, c.anchor)}><span class="title" lang=${this.tag(c.title).lang} dir=${this.tag(c.title).dir}>${c.title}</span><span class="leader" aria-hidden="true"></span><span class="page">${this.pages[c.anchor] ?? ''}</span></a>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderPart(part: BookPart) {
    if (part.kind === 'section') {
      return html`<section class="sheet divider" id=${part.anchor}>
        <p class="kicker">${this.tr('print.section')}</p>
        <h2 class="part-title" lang=${this.tag(part.title).lang} dir=${this.tag(part.title).dir}>${part.title}</h2>
        ${part.note ? html`<p class="note">${part.note}</p>` : nothing}
      </section>`;
    }
    return this.renderBrief(part);
  }

  /** `lang` and `dir` for the element holding a title or line of user text, read inside the book's language. */
  private tag(text: string) {
    return textAttributes(text, this.bookLanguage);
  }

  private renderBrief(part: BriefPart) {
    const b = part.brief;
    const lang = languageOfBrief(b);
    const own = textAttributes(b.title, lang);
    const title = briefTitleLevel(part) === 2
      ? html`<h2 class="part-title" lang=${own.lang} dir=${own.dir}>${b.title}</h2>`
      : html`<h3 class="part-title" lang=${own.lang} dir=${own.dir}>${b.title}</h3>`;
    const meta = [
      b.source.name ? this.tr('print.source', { name: b.source.name }) : '',
      b.byline,
      b.source.publishedAt ? this.tr('print.published', { date: this.date(b.source.publishedAt) }) : '',
    ].filter((m) => m !== '');
    return html`<article class="sheet brief" id=${part.anchor}>
      ${title}
      ${b.subtitle ? html`<p class="brief-subtitle" lang=${textAttributes(b.subtitle, lang).lang} dir=${textAttributes(b.subtitle, lang).dir}>${b.subtitle}</p>` : nothing}
      ${meta.length ? html`<p class="meta">${meta.map((m) => html`<span>${m}</span>`)}</p>` : nothing}
      ${part.note.trim()
        ? html`<aside class="why"><p class="label">${this.tr('print.why')}</p><p>${part.note}</p></aside>`
        : nothing}
      <div class="body"></div>
      ${part.endnotes.length
        ? html`<section class="endnotes" aria-label=${this.tr('print.notes')}>
            <p class="label">${this.tr('print.notes')}</p>
            <ol>${part.endnotes.map((n) => html`<li value=${n.number}><q>${n.quote}</q> — <div class="note" data-endnote=${n.number}></div></li>`)}</ol>
          </section>`
        : nothing}
    </article>`;
  }

  private renderChecklist(layout: BookLayout) {
    const rows = layout.checklist ?? [];
    return html`<section class="sheet appendix checklist" id=${CHECKLIST_ANCHOR}>
      <h2 class="part-title">${this.tr('print.checklist')}</h2>
      ${rows.length
        ? html`<table>
            <colgroup><col class="item" /><col class="status" /><col class="owner" /><col class="due" /><col /></colgroup>
            <thead><tr>
              <th scope="col">${this.tr('print.col.item')}</th><th scope="col">${this.tr('print.col.status')}</th>
              <th scope="col">${this.tr('print.col.owner')}</th><th scope="col">${this.tr('print.col.due')}</th>
              <th scope="col">${this.tr('print.col.source')}</th>
            </tr></thead>
            <tbody>${rows.map(
              (r) => html`<tr><td lang=${this.tag(r.text).lang} dir=${this.tag(r.text).dir}>${r.text}</td><td>${statusLabel(r.status, this.bookLanguage)}</td><td>${r.owner}</td><td>${this.date(r.due)}</td><td>${r.sources.join('; ')}</td></tr>`,
            )}</tbody>
          </table>`
        : html`<p class="muted">${this.tr('print.checklistEmpty')}</p>`}
    </section>`;
  }

  private renderSources(layout: BookLayout) {
    const labels = { locale: localeFor(this.bookLanguage), noDate: this.tr('print.citeNoDate'), accessed: this.tr('print.citeAccessed'), and: this.tr('print.citeAnd'), hash: this.tr('print.citeHash') };
    return html`<section class="sheet appendix sources" id=${SOURCES_ANCHOR}>
      <h2 class="part-title">${this.tr('print.sources')}</h2>
      <ol>${(layout.sources ?? []).map((c) => chicagoCitation(c, labels)).map((parts) => {
        const tag = this.tag(parts.map((p) => p.text).join(''));
        return html`<li lang=${tag.lang} dir=${tag.dir}>${parts.map((p) => (p.italic ? html`<i>${p.text}</i>` : p.text))}</li>`;
      })}</ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-print-book': PrintBook;
  }
}
