// The print view (#/print/book/<id>): the book exactly as it prints, built from the same
// IndexedDB records, markdown renderer, article styles and highlight painting as the reader.
// It tells its printer when it is ready (html[data-print-ready]) and lets it fill the
// contents page numbers through window.chanceryPrint.
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ChanceryPrintApi, PrintEntry, PrintInfo } from '../../../../../main/common/print-page.js';
import { SIDE_MARGIN_MM, markingBand } from '../../../domain/book/band.js';
import { bookMetadata } from '../../../domain/book/metadata.js';
import { preferences } from '../../app/preferences.js';
import { loadBookRecords } from '../../../data/books.js';
import { SUMMARY_ANCHOR, layoutBook, type BookLayout } from '../../../domain/book/layout.js';
import type { Book } from '../../../domain/types.js';
import { recordsToPrint } from '../../../domain/book/editions.js';
import { articleStyles } from '../reader/article.styles.js';
import { BriefImages } from '../reader/brief-images.js';
import { highlightStyles } from '../reader/highlight.styles.js';
import { currentLanguage, t, topicLabel, type Language, type MessageKey } from '../../i18n/index.js';
import { hrefFor } from '../../app/routes.js';
import { platform } from '../../../platform/index.js';
import { exportToPdf } from '../books/export-book.js';
import { controls } from '../../styles/tokens.js';
import { printDocumentCss, printStyles } from './print.styles.js';
import { langFontStyles } from '../../styles/lang-fonts.js';
import { ensureScriptFonts } from '../../styles/script-fonts.js';
import { printVoice, type PrintVoice } from './print-voice.js';
import { renderContents, renderCover, renderSummary } from './print-front-matter.js';
import { fillBriefBodies, renderPart } from './print-brief.js';
import { renderChecklist, renderSources } from './print-back-matter.js';
import { bookLevels, longestBanner, markPortions, printLevels, type BookLevels } from './print-levels.js';
import type { PrintPortion } from '../../../../../main/common/print-levels.js';
import { readPreferences } from '../../../data/settings.js';
import { fieldRows, redactBody, redactForPrint, redactLayout, redactsAnything, renderRedactionLog, type RedactionLogRow } from './print-redaction.js';

const COVER_ENTRY = 'cover';
const CONTENTS_ENTRY = 'contents';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

@customElement('cy-print-book')
export class PrintBook extends LitElement {
  static override styles = [controls, articleStyles, highlightStyles, langFontStyles, printStyles];

  @property() bookId = '';
  /** Where Back goes: the page the user came from in this window, else the book's composer. */
  @property() backHref = '';
  /** Opens the browser's print dialog once ready (the preview's Export PDF). */
  @property({ type: Boolean }) autoprint = false;
  /** The edition to print (route `?edition=<id>`); empty for the full book. */
  @property() editionId = '';
  @state() private layout?: BookLayout;
  @state() private book?: Book;
  /** The printed edition's name; empty for the full book. */
  @state() private editionName = '';
  @state() private missing = false;
  @state() private pages: Record<string, number> = {};
  /** The redaction log's rows; null when the book redacts nothing and has no rules. */
  @state() private redactionLog: RedactionLogRow[] | null = null;
  /** The book's handling levels; null when nothing in it is marked. */
  @state() private levels: BookLevels | null = null;
  private portions: PrintPortion[] = [];
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

  /** Labels, dates and text direction, all in the book's language. */
  private get voice(): PrintVoice {
    return printVoice(this.bookLanguage);
  }

  private tr(key: MessageKey, params: Record<string, string | number> = {}): string {
    return t(key, params, this.bookLanguage);
  }

  private async load(): Promise<void> {
    const { records: loaded, edition } = recordsToPrint(await loadBookRecords(this.bookId), this.editionId || undefined);
    if (!loaded) {
      this.missing = true;
      document.documentElement.dataset.printReady = 'missing';
      return;
    }
    // Everything printed below comes from the redacted records; brief bodies are redacted as they are filled.
    const redacted = await redactForPrint(loaded, printVoice(loaded.book.options.language), edition?.extraRedactions);
    this.editionName = edition ? redacted.redactor.deep(edition.name, 'book') : '';
    const records = redacted.records;
    this.book = records.book;
    // The book's language, not the UI's: screen readers, hyphenation and the tagged PDF follow it.
    this.lang = records.book.options.language;
    // The page's too: the printer takes the tagged PDF's document language from <html>.
    this.pageLang = document.documentElement.lang;
    document.documentElement.lang = records.book.options.language;
    this.layout = redactLayout(layoutBook(records, { summary: this.tr('print.summary'), checklist: this.tr('print.checklist'), sources: this.tr('print.sources') }), redacted);
    this.levels = bookLevels((await readPreferences()).preferences.markingScheme, this.layout, records.book);
    document.title = records.book.title;
    this.documentStyle = document.createElement('style');
    this.documentStyle.textContent = printDocumentCss(records.book.options.paper, this.band());
    document.head.append(this.documentStyle);
    // A book's every part is printed: load the script faces whatever its text (only the pieces
    // its characters need are ever fetched).
    ensureScriptFonts();
    await this.updateComplete;
    const bodyRows: RedactionLogRow[] = [];
    await fillBriefBodies(this.renderRoot, this.layout, this.voice, this.images, (body, part) => {
      bodyRows.push(...redactBody(body, part.brief.id, part.brief.title, redacted, this.voice));
    });
    // Marked last, so each portion's text is the text that prints.
    if (this.levels) this.portions = markPortions(this.renderRoot, this.layout, this.levels);
    const rows = [...fieldRows(redacted, this.voice), ...bodyRows];
    this.redactionLog = rows.length || redactsAnything(redacted) ? rows : null;
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
      ...(this.editionName ? { editionLabel: this.tr('print.edition', { name: this.editionName }) } : {}),
      ...(this.levels ? { levels: printLevels(this.levels, this.portions, this.band()) } : {}),
    };
  }

  /** The cover's handling line: the book's level as its banner prints it, or its name. */
  private coverHandling(): string {
    const level = this.levels?.scheme.levels[this.levels.bookRank];
    return level ? level.banner || level.portion : '';
  }

  /** The book's own "prepared by", else the author named in Settings. */
  private preparedBy(book: Book): string {
    return book.preparedBy.trim() || preferences().authorName.trim();
  }

  private band() {
    // With levels, the bands hold the longest banner a page may print instead of the typed marking.
    return markingBand(this.levels ? longestBanner(this.levels) : (this.book?.marking ?? ''), this.book?.options.paper ?? 'A4');
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
    else void exportToPdf(this, this.bookId, this.editionId || undefined);
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
    const { book, layout, voice: v } = this;
    if (!book || !layout) return html`${this.renderToolbar()}<p class="missing" role="status">${this.tr('print.loading')}</p>`;
    return html`
      ${this.renderToolbar()}
      ${renderCover(book, this.preparedBy(book), v, this.editionName, this.coverHandling())}
      ${layout.summary ? renderSummary(layout.summary, v) : nothing}
      ${renderContents(layout, this.pages, (e, anchor) => this.jumpTo(e, anchor), v)}
      ${layout.parts.map((p) => renderPart(p, v))}
      ${layout.checklist ? renderChecklist(layout, v) : nothing}
      ${layout.sources ? renderSources(layout, v) : nothing}
      ${renderRedactionLog(this.redactionLog, v)}
    `;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'cy-print-book': PrintBook;
  }
}
