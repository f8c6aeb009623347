// The print view (#/print/book/<id>): the book exactly as it prints, built from the same
// IndexedDB records, markdown renderer, article styles and highlight painting as the reader.
// It tells its printer when it is ready (html[data-print-ready]) and lets it fill the
// contents page numbers through window.chanceryPrint.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ChanceryPrintApi, PrintEntry, PrintInfo } from '../../../../../main/common/print-page.js';
import { loadBookRecords } from '../../../data/books.js';
import { CHECKLIST_ANCHOR, SOURCES_ANCHOR, layoutBook, type BookLayout, type BriefPart, type BookPart } from '../../../domain/book/layout.js';
import { citationText } from '../../../domain/book/sources.js';
import type { Book } from '../../../domain/types.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { paintHighlights } from '../../../rendering/text-offsets.js';
import { articleStyles } from '../reader/article.styles.js';
import { highlightStyles } from '../reader/highlight.styles.js';
import { statusLabel, t, type Language, type MessageKey } from '../../i18n/index.js';
import { formatDate, localeFor } from '../../format.js';
import { hrefFor } from '../../app/routes.js';
import { platform } from '../../../platform/index.js';
import { exportToPdf } from '../books/export-book.js';
import { controls } from '../../styles/tokens.js';
import { printDocumentCss, printStyles } from './print.styles.js';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Body headings sit one level below the brief's own title so the PDF outline nests them. */
function demoteHeadings(root: ParentNode, by: number): void {
  for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]) {
    const level = Math.min(6, Number(heading.tagName.slice(1)) + by);
    const replacement = document.createElement(`h${level}`);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

@customElement('cy-print-book')
export class PrintBook extends LitElement {
  static override styles = [controls, articleStyles, highlightStyles, printStyles];

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

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.documentStyle?.remove();
    delete window.chanceryPrint;
    delete document.documentElement.dataset.printReady;
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
    this.layout = layoutBook(records, { checklist: this.tr('print.checklist'), sources: this.tr('print.sources') });
    document.title = records.book.title;
    this.documentStyle = document.createElement('style');
    this.documentStyle.textContent = printDocumentCss(records.book.options.paper);
    document.head.append(this.documentStyle);
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
      entries: (): PrintEntry[] => (this.layout?.contents ?? []).map((c) => ({ id: c.anchor, title: c.title })),
      setPageNumbers: async (pages) => {
        document.documentElement.dataset.printReady = 'false';
        this.pages = { ...pages };
        await this.settle();
      },
    };
  }

  private info(): PrintInfo {
    const book = this.book!;
    const briefTitles = (this.layout?.parts ?? []).flatMap((p) => (p.kind === 'brief' ? [p.brief.title] : []));
    const topics = (this.layout?.parts ?? []).flatMap((p) => (p.kind === 'brief' ? p.brief.topics : []));
    return {
      title: book.title,
      author: book.preparedBy,
      subject: [book.subtitle, book.meeting].filter((s) => s.trim() !== '').join(' — ') || briefTitles.join('; ').slice(0, 1000),
      keywords: [...new Set(topics)].slice(0, 50),
      marking: book.marking,
      paper: book.options.paper,
      pageLabel: this.tr('print.pageOf'),
    };
  }

  /** Brief bodies are sanitized HTML inserted as inert fragments, then painted. */
  private async fillBodies(): Promise<void> {
    const parts = (this.layout?.parts ?? []).filter((p): p is BriefPart => p.kind === 'brief');
    const rendered = await Promise.all(parts.map((p) => renderMarkdownAsync(p.brief.markdown)));
    for (const [i, part] of parts.entries()) {
      const body = this.renderRoot.querySelector<HTMLElement>(`#${part.anchor} .body`);
      if (!body) continue;
      body.replaceChildren(toFragment(rendered[i]!.html));
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
      demoteHeadings(body, part.level);
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
    return html`<div class="toolbar" role="toolbar" aria-label=${t('print.toolbar')}>
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
      ['print.preparedBy', book.preparedBy],
    ];
    return html`<section class="sheet cover" aria-label=${this.tr('print.cover')}>
      <p class="marking">${book.marking}</p>
      <p class="kicker">${this.tr('print.kicker')}</p>
      <p class="cover-title">${book.title}</p>
      ${book.subtitle ? html`<p class="cover-subtitle">${book.subtitle}</p>` : nothing}
      <dl>${facts.filter(([, v]) => v.trim() !== '').map(([k, v]) => html`<dt>${this.tr(k)}</dt><dd>${v}</dd>`)}</dl>
      <div class="spacer"></div>
      <p class="marking">${book.marking}</p>
    </section>`;
  }

  private renderContents(layout: BookLayout) {
    return html`<section class="sheet contents">
      <h1 class="part-title">${this.tr('print.contents')}</h1>
      <ol>
        ${layout.contents.map(
          (c) => html`<li class="level-${c.level}">
            <a href="#${c.anchor}" @click=${(e: Event) => this.jumpTo(e, c.anchor)}><span class="title">${c.title}</span><span class="leader" aria-hidden="true"></span><span class="page">${this.pages[c.anchor] ?? ''}</span></a>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderPart(part: BookPart) {
    if (part.kind === 'section') {
      return html`<section class="sheet divider" id=${part.anchor}>
        <p class="kicker">${this.tr('print.section')}</p>
        <h1 class="part-title">${part.title}</h1>
        ${part.note ? html`<p class="note">${part.note}</p>` : nothing}
      </section>`;
    }
    return this.renderBrief(part);
  }

  private renderBrief(part: BriefPart) {
    const b = part.brief;
    const title = part.level === 1 ? html`<h1 class="part-title">${b.title}</h1>` : html`<h2 class="part-title">${b.title}</h2>`;
    const meta = [
      b.source.name ? this.tr('print.source', { name: b.source.name }) : '',
      b.byline,
      b.source.publishedAt ? this.tr('print.published', { date: this.date(b.source.publishedAt) }) : '',
    ].filter((m) => m !== '');
    return html`<article class="sheet brief" id=${part.anchor}>
      ${title}
      ${b.subtitle ? html`<p class="brief-subtitle">${b.subtitle}</p>` : nothing}
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
      <h1 class="part-title">${this.tr('print.checklist')}</h1>
      ${rows.length
        ? html`<table>
            <colgroup><col class="item" /><col class="status" /><col class="owner" /><col class="due" /><col /></colgroup>
            <thead><tr>
              <th scope="col">${this.tr('print.col.item')}</th><th scope="col">${this.tr('print.col.status')}</th>
              <th scope="col">${this.tr('print.col.owner')}</th><th scope="col">${this.tr('print.col.due')}</th>
              <th scope="col">${this.tr('print.col.source')}</th>
            </tr></thead>
            <tbody>${rows.map(
              (r) => html`<tr><td>${r.text}</td><td>${statusLabel(r.status, this.bookLanguage)}</td><td>${r.owner}</td><td>${this.date(r.due)}</td><td>${r.sources.join('; ')}</td></tr>`,
            )}</tbody>
          </table>`
        : html`<p class="muted">${this.tr('print.checklistEmpty')}</p>`}
    </section>`;
  }

  private renderSources(layout: BookLayout) {
    const labels = { published: this.tr('print.citePublished'), retrieved: this.tr('print.citeRetrieved'), hash: this.tr('print.citeHash') };
    return html`<section class="sheet appendix sources" id=${SOURCES_ANCHOR}>
      <h1 class="part-title">${this.tr('print.sources')}</h1>
      <ol>${(layout.sources ?? []).map((c) => html`<li>${citationText(c, labels)}</li>`)}</ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-print-book': PrintBook;
  }
}
