// The brief as read: its heading block and its text, laid out from Markdown (or as plain text when
// too large), marked with block languages and painted with highlights and item markers. It renders
// into the reader's shadow root, not a root of its own, so the reader's article styles and its
// selection, find and scroll code reach the text as before.
import { siteOf } from '../../../domain/links.js';
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MAX_MARKDOWN_CHARS, renderMarkdownAsync } from '../../../rendering/markdown.js';
import { showHtmlPieces, showPlainText } from '../../../rendering/body-pieces.js';
import { paintHighlights, type PaintSpan } from '../../../rendering/text-offsets.js';
import { markBlockLanguages } from '../../../rendering/block-language.js';
import { hasNonLatinLetters, languageOfBrief, textAttributes } from '../../../domain/language/script.js';
import type { Annotation, BriefRecord, ChecklistItem } from '../../../domain/types.js';
import { ensureScriptFonts } from '../../styles/script-fonts.js';
import { formatDate } from '../../format.js';
import { t } from '../../i18n/index.js';
import { BriefImages } from './brief-images.js';
import './brief-details.js';

export interface Heading {
  id: string;
  level: number;
  text: string;
}

/** A mark the user clicked: the annotation on top, or else the checklist item it shows. */
export interface MarkOpenDetail {
  annotation?: string;
  item?: string;
}

/** Whether two texts in pieces are the same text in the same pieces (a re-read of an unchanged body). */
function samePieces(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((p, i) => p === b[i]);
}

@customElement('cy-reading-body')
export class ReadingBody extends LitElement {
  @property({ attribute: false }) brief?: BriefRecord;
  /** The brief's text pieces, or undefined while they are not yet this brief's. */
  @property({ attribute: false }) pieces?: readonly string[];
  /** The whole text, joined only when the details panel asks for it. */
  @property({ attribute: false }) markdown: () => string = () => '';
  /** The body is shown as plain text: too large or too slow to parse as Markdown. */
  @state() private plainText = false;
  /** The headings of the text now shown, for the reader's contents. */
  headings: Heading[] = [];
  private renderedPieces?: readonly string[];
  private ready = false;
  private paintedKey = '';
  private readonly images = new BriefImages();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get bodyEl(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.body');
  }

  /** Whether these pieces are the text laid out and ready to paint. */
  shows(pieces: readonly string[]): boolean {
    return this.ready && samePieces(this.renderedPieces, pieces);
  }

  override render() {
    const b = this.brief;
    if (!b) return null;
    const title = textAttributes(b.title, this.language(b));
    return html`<article aria-labelledby="brief-title">
      <header>
        <h1 id="brief-title" lang=${title.lang} dir=${title.dir}>${b.title}</h1>
        ${b.subtitle ? html`<p class="subtitle">${b.subtitle}</p>` : null}
        <p class="meta">
          ${b.source.name ? html`<span><span class="visually-hidden">${t('reader.source', { name: '' })}</span>${b.source.name}</span>` : null}
          ${b.byline ? html`<span>${b.byline}</span>` : null}
          ${b.source.publishedAt ? html`<span>${t('reader.published', { date: formatDate(b.source.publishedAt) })}</span>` : null}
          ${b.source.url ? html`<span class="link" title=${b.source.url}><span class="visually-hidden">${t('reader.link')} ${b.source.url}</span><span aria-hidden="true">${siteOf(b.source.url) || b.source.url}</span></span>` : null}
        </p>
        <cy-brief-details .brief=${b} .markdown=${this.markdown}></cy-brief-details>
      </header>
      ${this.plainText ? html`<p class="notice" role="status">${t('reader.plainText')}</p>` : null}
      <div class="body" tabindex="-1" @click=${this.onClick}></div>
    </article>`;
  }

  protected override updated(): void {
    const pieces = this.pieces;
    const body = this.bodyEl;
    if (!this.brief || pieces === undefined || !body) {
      this.renderedPieces = undefined;
      return;
    }
    if (samePieces(this.renderedPieces, pieces)) return;
    this.renderedPieces = pieces;
    void this.fill(body, pieces);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.images.revoke();
  }

  /** The brief's language, read from its record and the start of its text (never the whole text). */
  private language(b: BriefRecord): string {
    return languageOfBrief({ ...b, markdown: this.pieces?.[0] ?? '' });
  }

  /** The body is sanitized HTML inserted as an inert fragment, never through unsafeHTML. */
  private async fill(body: HTMLElement, pieces: readonly string[]): Promise<void> {
    this.ready = false;
    // The contents are the previous text's until this one is in: none is better than wrong ones.
    this.headings = [];
    const wanted = () => this.renderedPieces === pieces && this.bodyEl === body;
    // A text too large to lay out as Markdown is never joined or parsed: its pieces go in as they are.
    const tooLarge = pieces.reduce((n, p) => n + p.length, 0) > MAX_MARKDOWN_CHARS;
    this.plainText = tooLarge;
    const rendered = tooLarge ? null : await renderMarkdownAsync(pieces.join(''));
    if (!wanted()) return;
    this.paintedKey = '';
    // A long body goes in piece by piece (plain text as text nodes): parsing it as one HTML string
    // would take a task as long as the text, and laying it out in one block as long again.
    const plain = !rendered || rendered.plain;
    // Said before a long text starts to go in, not after its last piece.
    this.plainText = plain;
    const shown = plain ? await showPlainText(body, pieces, wanted) : await showHtmlPieces(body, rendered.chunks, wanted);
    if (!shown) return;
    const b = this.brief;
    this.images.revoke();
    if (b) void this.images.show(body, b.id, { notIncluded: t('reader.imageNotIncluded'), leftOut: t('reader.imageLeftOut') });
    if (b) {
      if (hasNonLatinLetters(`${b.title}\n${pieces[0] ?? ''}`)) ensureScriptFonts();
      markBlockLanguages(body, this.language(b));
    }
    this.headings = [...body.querySelectorAll('h1, h2, h3, h4')].map((h, i) => {
      h.id = `h-${i}`;
      return { id: h.id, level: Number(h.tagName[1]), text: h.textContent ?? '' };
    });
    this.ready = true;
    this.dispatchEvent(new Event('cy-body-shown'));
  }

  /** Paints annotations and the items that quote this brief; repaints only when they change. */
  paint(annotations: readonly Annotation[], items: readonly ChecklistItem[]): void {
    const body = this.bodyEl;
    const briefId = this.brief?.id;
    if (!body || !briefId) return;
    const spans: PaintSpan[] = [
      ...items.flatMap((item) =>
        item.status === 'dismissed' || item.status === 'suggested'
          ? []
          : item.sources.filter((s) => s.briefId === briefId).map((s) => ({ id: `item:${item.id}`, ...s.selector.position, color: 'item', label: t('reader.itemMarker', { text: item.text.slice(0, 60) }) })),
      ),
      ...annotations.filter((a) => !a.orphaned).map((a) => ({
        id: a.id,
        ...a.selector.position,
        color: a.redaction ? 'redaction' : a.color,
        label: a.redaction ? t('reader.redactedMarker', { reason: a.redaction.reason }) : a.note ? t('reader.noteMarker') : '',
      })),
    ];
    const key = JSON.stringify(spans);
    if (key === this.paintedKey) return;
    this.paintedKey = key;
    paintHighlights(body, spans);
    // Item markers keep their underline; where a highlight covers the same words, its colour shows too.
    const colorOf = new Map(spans.map((span) => [span.id, span.color]));
    body.querySelectorAll<HTMLElement>('mark.cy-hl').forEach((m) => {
      const ids = m.dataset.ids?.split(' ') ?? [];
      if (!ids.some((id) => id.startsWith('item:'))) return;
      m.dataset.item = '';
      const highlight = ids.filter((id) => !id.startsWith('item:')).at(-1);
      if (highlight) m.dataset.color = colorOf.get(highlight) ?? m.dataset.color;
    });
  }

  private onClick(e: MouseEvent): void {
    // Link clicks never get here: the app-wide ExternalLinksController takes them first.
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark.cy-hl');
    if (!mark) return;
    const ids = mark.dataset.ids?.split(' ') ?? [];
    const item = ids.find((i) => i.startsWith('item:'))?.slice(5);
    const annotation = ids.filter((i) => !i.startsWith('item:')).at(-1);
    this.dispatchEvent(new CustomEvent<MarkOpenDetail>('cy-mark-open', { detail: { annotation, item } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-reading-body': ReadingBody;
  }
}
