import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { getBriefBody, getBriefRecord, setReadProgress, setReadState } from '../../../data/briefs.js';
import { addAnnotation, deleteAnnotation, listAnnotations, restoreAnnotation, updateAnnotation } from '../../../data/annotations.js';
import { createItemFromSelection, itemsForBrief } from '../../../data/recommendations.js';
import { itemTopic } from '../../../domain/recommendations/topic.js';
import { MAX_MARKDOWN_CHARS, renderMarkdownAsync } from '../../../rendering/markdown.js';
import { showHtmlPieces, showPlainText } from '../../../rendering/body-pieces.js';
import { paintHighlights, rangeFromOffsets, type PaintSpan } from '../../../rendering/text-offsets.js';
import { describeRange } from '../../../domain/anchoring/index.js';
import type { Annotation, Brief, BriefRecord, HighlightColor } from '../../../domain/types.js';
import { SelectionController } from '../../controllers/selection.controller.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { isTyping } from '../../keyboard.js';
import { exportToPdf } from '../books/export-book.js';
import { singleBriefPrintId } from '../../../domain/book/single-brief.js';
import { formatDate } from '../../format.js';
import { hrefFor, navigate, parseHash } from '../../app/routes.js';
import { moveBriefToTrash, restoreBriefFromTrash } from '../../../data/trash.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { TEXT_SIZES, THEMES, type Theme } from '../../../domain/settings.js';
import { icon, type IconName } from '../../styles/icons.js';
import type { MenuItem } from '../../components/menu-button.js';
import '../../components/menu-button.js';
import { articleStyles } from './article.styles.js';
import { BriefImages } from './brief-images.js';
import { highlightStyles } from './highlight.styles.js';
import type { NoteDialog } from '../../components/note-dialog.js';
import type { AnnotationSidebar, SidebarEventDetail } from './annotation-sidebar.js';
import type { FindBar } from './find-bar.js';
import type { SelectionAction } from './selection-popover.js';
import '../../components/note-dialog.js';
import './annotation-sidebar.js';
import { saveAnnotations, type AnnotationFormat } from './annotation-export.js';
import { langFontStyles } from '../../styles/lang-fonts.js';
import { markBlockLanguages } from '../../../rendering/block-language.js';
import { hasNonLatinLetters, languageOfBrief, textAttributes } from '../../../domain/language/script.js';
import { ensureScriptFonts } from '../../styles/script-fonts.js';
import './item-panel.js';
import './find-bar.js';
import './selection-popover.js';
import './brief-editor.js';
import './brief-details.js';

interface Heading {
  id: string;
  level: number;
  text: string;
}

/** Whether two texts in pieces are the same text in the same pieces (a re-read of an unchanged body). */
function samePieces(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((p, i) => p === b[i]);
}

const SHORTCUT_COLORS: Record<string, HighlightColor> = { '1': 'yellow', '2': 'green', '3': 'blue', '4': 'pink' };

@customElement('cy-brief-reader')
export class BriefReader extends LitElement {
  static override styles = [
    controls,
    articleStyles,
    highlightStyles,
    langFontStyles,
    css`
      :host { display: block; position: relative; }
      .layout { display: grid; grid-template-columns: minmax(160px, 220px) minmax(0, 1fr) minmax(240px, 320px); gap: 24px; padding: 16px 24px; }
      @media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr) minmax(220px, 300px); } .toc { display: none; } }
      .toc, aside { position: sticky; top: 8px; align-self: start; max-height: calc(100vh - 90px); overflow: auto; }
      .toc h2 { font-size: 0.95rem; margin: 0 0 6px; }
      .toc ol { list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
      .toc button { all: unset; cursor: pointer; display: block; padding: 3px 0; color: var(--cy-muted); }
      .toc button:hover, .toc button:focus-visible { color: var(--cy-text); text-decoration: underline; }
      .toc button:focus-visible { outline: 3px solid var(--cy-focus); outline-offset: 2px; }
      .toolbar { display: flex; flex-wrap: wrap; gap: var(--cy-space-1); align-items: center; margin-bottom: var(--cy-space-3); }
      .toolbar .spacer { flex: 1; }
      .toolbar .group { display: inline-flex; gap: 2px; padding: 2px; border: 1px solid var(--cy-border); border-radius: var(--cy-radius); }
      article { max-width: 72ch; margin: 0 auto; }
      .meta { color: var(--cy-muted); font-size: 0.95rem; display: flex; flex-wrap: wrap; gap: 4px 14px; font-family: var(--cy-font-ui); }
      .subtitle { font-size: 1.2rem; color: var(--cy-muted); margin: 0 0 8px; }
      /* The body takes focus only to anchor keyboard selection: the caret shows where, not a box. */
      .body:focus { outline: none; }
      cy-find-bar { position: sticky; top: 0; z-index: 5; margin-bottom: 8px; }
      .notice { font-family: var(--cy-font-ui); color: var(--cy-muted); border-left: 3px solid var(--cy-muted); padding: 4px 10px; }
      /* Pieces of a plain-text body read as one text; those off screen are not laid out. */
      .body pre.plain-piece { margin: 0; content-visibility: auto; contain-intrinsic-size: auto 4000px; }
      .body div.piece { content-visibility: auto; contain-intrinsic-size: auto 3000px; }
    `,
  ];

  @property() briefId = '';
  /** Scroll target from the URL: an annotation, a checklist item or a search term. */
  @property({ attribute: false }) target: { annotation?: string; item?: string; q?: string } = {};
  @state() private finding = false;
  @state() private editing = false;
  @state() private activeAnnotation = '';
  /** The body is shown as plain text: too large or too slow to parse as Markdown. */
  @state() private plainText = false;
  @query('.body') private bodyEl?: HTMLElement;
  @query('cy-note-dialog') private noteDialog!: NoteDialog;
  @query('cy-annotation-sidebar') private sidebar?: AnnotationSidebar;
  @query('cy-find-bar') private findBar?: FindBar;

  // The record and the text are watched apart: saving the read state or progress re-reads only
  // the record, never a text of many megabytes.
  private brief = new LiveQueryController(this, () => getBriefRecord(this.briefId), () => [this.briefId]);
  // Tagged with the brief it was read for: just after switching briefs, the record query can answer
  // before the text query, and the old text must never pass for the new brief's.
  private body = new LiveQueryController(this, async () => ({ briefId: this.briefId, pieces: await getBriefBody(this.briefId) }), () => [this.briefId]);

  /** The open brief's text pieces, once read; undefined while they are not yet this brief's. */
  private get pieces(): readonly string[] | undefined {
    const read = this.body.value;
    return read?.briefId === this.briefId ? read.pieces : undefined;
  }
  private whole?: { record: BriefRecord; pieces: readonly string[]; brief: Brief };
  private annotations = new LiveQueryController(this, () => listAnnotations(this.briefId), () => [this.briefId]);
  private items = new LiveQueryController(this, () => itemsForBrief(this.briefId), () => [this.briefId]);
  private selection = new SelectionController(this, () => this.bodyEl);
  private renderedPieces?: readonly string[];
  /** The .body element the current text went into, and whether it is there yet (rendering is async). */
  private renderedInto?: HTMLElement;
  private bodyReady = false;
  private paintedKey = '';
  private headings: Heading[] = [];
  private restoredFor = '';
  private scrolledTo = '';
  private releaseProgress?: () => void;
  private progressTimer?: number;
  /** Set while an orphan waits for the user to select its new place. */
  private reattaching = '';
  private readonly images = new BriefImages();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.parentElement?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.parentElement?.removeEventListener('scroll', this.onScroll);
    this.releaseProgress?.();
    this.images.revoke();
  }

  /** Opens find-in-brief (Ctrl/Cmd+F, or the menu's Find command). */
  async openFind(): Promise<void> {
    this.finding = true;
    await this.updateComplete;
    this.findBar?.focus();
  }

  /** Focus goes back to the text, where the reader was, never to the page as a whole. */
  private closeFind = async (): Promise<void> => {
    this.finding = false;
    await this.updateComplete;
    this.bodyEl?.focus({ preventScroll: true });
  };

  private get scroller(): HTMLElement | null {
    return this.parentElement;
  }

  private readonly onScroll = (): void => {
    const el = this.scroller;
    const b = this.brief.value;
    if (!el || !b || this.restoredFor !== b.id) return;
    clearTimeout(this.progressTimer);
    this.progressTimer = window.setTimeout(() => {
      const max = el.scrollHeight - el.clientHeight;
      const progress = max > 0 ? Math.min(1, el.scrollTop / max) : 1;
      void setReadProgress(b.id, progress);
      if (progress > 0.9 && b.readState !== 'read') void setReadState(b.id, 'read');
    }, 400);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      void this.openFind();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || this.editing || isTyping(e)) return;
    if (!this.selection.refresh()) return;
    const key = e.key.toLowerCase();
    const action: SelectionAction | null =
      key === 'h' ? { kind: 'highlight', color: 'yellow' }
      : SHORTCUT_COLORS[key] ? { kind: 'highlight', color: SHORTCUT_COLORS[key] }
      : key === 'n' ? { kind: 'note' }
      : key === 't' ? { kind: 'tags' }
      : key === 'r' ? { kind: 'recommendation' }
      : null;
    if (key === 'escape') this.selection.clear();
    if (action) {
      e.preventDefault();
      void this.onSelectionAction(action);
    }
  };

  private currentSelector() {
    const sel = this.selection.value;
    const text = this.bodyEl?.textContent ?? '';
    return sel ? describeRange(text, sel.start, sel.end) : null;
  }

  private async onSelectionAction(action: SelectionAction): Promise<void> {
    const selector = this.currentSelector();
    const b = this.brief.value;
    if (!selector || !b) return;
    this.selection.clear();
    if (this.reattaching) {
      const id = this.reattaching;
      this.reattaching = '';
      await updateAnnotation(id, { selector, orphaned: false });
      emit(this, 'cy-toast', { kind: 'success', message: t('annotations.reattached') });
      return;
    }
    if (action.kind === 'highlight') {
      await addAnnotation(b.id, selector, { color: action.color });
    } else if (action.kind === 'recommendation') {
      const { authorName, topicLexicon } = preferences();
      const topic = itemTopic(selector.quote.exact, b.topics, topicLexicon ?? undefined);
      const item = await createItemFromSelection(b.id, selector, { topic, author: authorName });
      emit(this, 'cy-toast', {
        kind: 'success',
        message: t('reader.itemCreated'),
        action: { label: t('reader.openChecklist'), run: () => void (location.hash = hrefFor({ view: 'checklists' }, { item: item.id })) },
      });
    } else {
      await this.noteDialog.edit(selector.quote.exact, { note: '', tags: [] }, (draft) => addAnnotation(b.id, selector, { color: 'yellow', ...draft }), action.kind === 'tags' ? 'tags' : 'note');
    }
  }

  private async onSidebarAction(e: CustomEvent<SidebarEventDetail>): Promise<void> {
    const { action, id, color, on } = e.detail;
    const annotation = this.annotations.value?.find((a) => a.id === id);
    if (!annotation) return;
    if (action === 'focus') this.scrollToAnnotation(id);
    else if (action === 'color' && color) await updateAnnotation(id, { color });
    else if (action === 'principal') await updateAnnotation(id, { forPrincipal: on === true });
    else if (action === 'edit') {
      await this.noteDialog.edit(annotation.selector.quote.exact, { note: annotation.note, tags: annotation.tags }, (draft) => updateAnnotation(id, draft));
    } else if (action === 'delete') {
      const removed = await deleteAnnotation(id);
      if (removed) {
        emit(this, 'cy-toast', { message: t('annotations.deleted'), action: { label: t('common.undo'), run: () => restoreAnnotation(removed) } });
      }
    } else if (action === 'reattach') {
      this.reattaching = id;
      emit(this, 'cy-toast', { message: t('annotations.reattachHelp') });
    }
  }

  private scrollToAnnotation(id: string): void {
    const mark = this.bodyEl?.querySelector<HTMLElement>(`mark[data-ids~="${CSS.escape(id)}"]`);
    if (!mark) return;
    this.activeAnnotation = id;
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), 1600);
  }

  /** Outlines a passage without changing the DOM (suggestions are not painted as marks). */
  private showPassage(position: { start: number; end: number }): void {
    const range = this.bodyEl ? rangeFromOffsets(this.bodyEl, position.start, position.end) : null;
    if (!range) return;
    CSS.highlights.set('cy-passage', new Highlight(range));
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  private onBodyClick(e: MouseEvent): void {
    // Link clicks never get here: the app-wide ExternalLinksController takes them first.
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark.cy-hl');
    if (!mark || this.selection.value) return;
    const ids = mark.dataset.ids?.split(' ') ?? [];
    const itemId = ids.find((i) => i.startsWith('item:'));
    const annotationId = ids.filter((i) => !i.startsWith('item:')).at(-1);
    if (annotationId) {
      this.activeAnnotation = annotationId;
      void this.sidebar?.reveal(annotationId);
    } else if (itemId) {
      location.hash = hrefFor({ view: 'checklists' }, { item: itemId.slice(5) });
    }
  }

  /** The brief with its text joined, once both are read; only for what needs the whole text at
   *  once (editing, exports, putting a line back), as joining many megabytes takes a long task. */
  private get wholeBrief(): Brief | undefined {
    const b = this.brief.value;
    const pieces = this.pieces;
    if (!b || b.id !== this.briefId || pieces === undefined) return undefined;
    if (this.whole?.record !== b || this.whole.pieces !== pieces) this.whole = { record: b, pieces, brief: { ...b, markdown: pieces.join('') } };
    return this.whole.brief;
  }

  private async exportAnnotations(format: AnnotationFormat): Promise<void> {
    const b = this.wholeBrief;
    if (b) await saveAnnotations(this, [{ brief: b, annotations: this.annotations.value ?? [] }], format, b.title);
  }

  private changeTextSize(step: number): void {
    const sizes = [...TEXT_SIZES] as number[];
    const index = sizes.indexOf(preferences().textSize);
    const next = sizes[Math.max(0, Math.min(sizes.length - 1, (index < 0 ? 2 : index) + step))]!;
    void updatePreference('textSize', next);
  }

  /**
   * Reading tools (size, theme, find) as one quiet group; then the brief's own actions, with
   * exports and Delete in a menu so a destructive action never sits one slip away.
   */
  private renderToolbar(b: BriefRecord) {
    const theme = preferences().theme;
    const actions: MenuItem[] = [
      { id: 'pdf', label: t('reader.exportPdf'), icon: 'export', group: 'export' },
      { id: 'md', label: t('reader.exportMarkdown'), icon: 'export', group: 'export' },
      { id: 'jsonld', label: t('reader.exportJsonLd'), icon: 'export', group: 'export' },
      { id: 'delete', label: t('reader.delete'), icon: 'delete', danger: true, group: 'delete' },
    ];
    const act: Record<string, () => unknown> = {
      pdf: () => exportToPdf(this, singleBriefPrintId(b.id)),
      md: () => this.exportAnnotations('md'),
      jsonld: () => this.exportAnnotations('jsonld'),
      delete: () => this.moveToTrash(b),
    };
    const tool = (name: IconName, label: string, run: () => void) =>
      html`<button class="quiet" aria-label=${label} title=${label} @click=${run}>${icon(name)}</button>`;
    return html`<div class="toolbar" role="toolbar" aria-label=${t('reader.toolbar')}>
      <div class="group" role="group" aria-label=${t('reader.readingTools')}>
        ${tool('text-smaller', t('reader.smallerText'), () => this.changeTextSize(-1))}
        ${tool('text-larger', t('reader.largerText'), () => this.changeTextSize(1))}
        <cy-menu-button
          label=${t('settings.theme')}
          icon="theme"
          placement="bottom-start"
          .items=${THEMES.map((th) => ({ id: th, label: t(`theme.${th}`), checked: th === theme }))}
          @cy-menu-select=${(e: CustomEvent<Theme>) => void updatePreference('theme', e.detail)}
        ></cy-menu-button>
        ${tool('find', t('find.open'), () => void this.openFind())}
      </div>
      <span class="spacer"></span>
      <button class="quiet" @click=${() => void setReadState(b.id, b.readState === 'read' ? 'unread' : 'read')}>
        ${icon('mark-read')}<span>${b.readState === 'read' ? t('reader.markUnread') : t('reader.markRead')}</span>
      </button>
      <button class="quiet" @click=${this.startEditing}>${icon('edit')}<span>${t('reader.editText')}</span></button>
      <cy-menu-button label=${t('reader.moreActions')} .items=${actions} @cy-menu-select=${(e: CustomEvent<string>) => void act[e.detail]?.()}></cy-menu-button>
    </div>`;
  }

  /** A text too large to parse is too large for a text box and its preview: the window would stall. */
  private startEditing = (): void => {
    const length = this.pieces?.reduce((n, p) => n + p.length, 0) ?? 0;
    if (length <= MAX_MARKDOWN_CHARS) {
      this.editing = true;
      return;
    }
    const mb = (chars: number) => (chars / 1_000_000).toLocaleString(currentLanguage(), { maximumFractionDigits: 1 });
    emit(this, 'cy-toast', { message: t('reader.tooLargeToEdit', { size: mb(length), limit: mb(MAX_MARKDOWN_CHARS) }) });
  };

  /** The brief goes to the Trash with its annotations and items; the toast offers undo. */
  private async moveToTrash(brief: BriefRecord): Promise<void> {
    await moveBriefToTrash(brief.id);
    emit(this, 'cy-toast', {
      message: t('trash.moved', { title: brief.title }),
      action: {
        label: t('common.undo'),
        run: async () => {
          await restoreBriefFromTrash(brief.id);
          navigate({ view: 'brief', id: brief.id });
        },
      },
    });
    // Leave the deleted brief for the library, unless the user has already gone elsewhere.
    if (parseHash(location.hash).route.view === 'brief' && this.briefId === brief.id) navigate({ view: 'library' });
  }

  override render() {
    const b = this.brief.value;
    if (!b) return html`<p class="empty" role="status">${this.brief.value === undefined ? t('reader.opening') : t('reader.missing')}</p>`;
    const sel = this.selection.value;
    const hostRect = this.getBoundingClientRect();
    return html`<div class="layout">
        <nav class="toc" aria-label=${t('reader.contents')}>
          ${this.headings.length
            ? html`<h2>${t('reader.contents')}</h2>
                <ol>${this.headings.map((h) => html`<li style=${`padding-left:${(h.level - 1) * 10}px`}><button @click=${() => this.bodyEl?.querySelector(`#${h.id}`)?.scrollIntoView({ block: 'start' })}>${h.text}</button></li>`)}</ol>`
            : null}
        </nav>
        <div class="center">
          ${this.renderToolbar(b)}
          ${this.finding ? html`<cy-find-bar .target=${this.bodyEl} @cy-find-close=${this.closeFind} @cy-find-select=${() => this.bodyEl?.focus()}></cy-find-bar>` : null}
          ${this.editing
            ? html`<cy-brief-editor .brief=${this.wholeBrief} @cy-editor-close=${() => (this.editing = false)}></cy-brief-editor>`
            : html`<article aria-labelledby="brief-title">
                <header>
                  <h1 id="brief-title" lang=${textAttributes(b.title, this.language(b)).lang} dir=${textAttributes(b.title, this.language(b)).dir}>${b.title}</h1>
                  ${b.subtitle ? html`<p class="subtitle">${b.subtitle}</p>` : null}
                  <p class="meta">
                    ${b.source.name ? html`<span>${t('reader.source', { name: b.source.name })}</span>` : null}
                    ${b.byline ? html`<span>${b.byline}</span>` : null}
                    ${b.source.publishedAt ? html`<span>${t('reader.published', { date: formatDate(b.source.publishedAt) })}</span>` : null}
                    ${b.source.url ? html`<span>${t('reader.link')} <code>${b.source.url}</code></span>` : null}
                  </p>
                  <cy-brief-details .brief=${b} .markdown=${() => this.wholeBrief?.markdown ?? ''}></cy-brief-details>
                </header>
                ${this.plainText ? html`<p class="notice" role="status">${t('reader.plainText')}</p>` : null}
                <div class="body" tabindex="-1" @click=${this.onBodyClick}></div>
              </article>`}
        </div>
        <aside aria-label=${t('annotations.title', { count: '' }).trim()}>
          <cy-item-panel .items=${this.items.value ?? []} @cy-show-passage=${(e: CustomEvent<{ start: number; end: number }>) => this.showPassage(e.detail)}></cy-item-panel>
          <cy-annotation-sidebar .annotations=${this.annotations.value ?? []} .activeId=${this.activeAnnotation}
            @cy-annotation-action=${this.onSidebarAction}></cy-annotation-sidebar>
        </aside>
      </div>
      ${sel && !this.editing
        ? html`<cy-selection-popover .x=${Math.max(8, sel.rect.left - hostRect.left)} .y=${sel.rect.bottom - hostRect.top + 8}
            @cy-selection-action=${(e: CustomEvent<SelectionAction>) => void this.onSelectionAction(e.detail)}></cy-selection-popover>`
        : null}
      <cy-note-dialog></cy-note-dialog>`;
  }

  protected override updated(): void {
    const b = this.brief.value;
    const pieces = this.pieces;
    const body = this.bodyEl;
    if (!b || b.id !== this.briefId || pieces === undefined || !body) {
      this.renderedPieces = undefined;
      return;
    }
    if (!samePieces(this.renderedPieces, pieces) || this.renderedInto !== body) {
      this.renderedPieces = pieces;
      this.renderedInto = body;
      void this.fillBody(body, pieces);
      return;
    }
    if (!this.bodyReady) return;
    this.paint(body, this.annotations.value ?? []);
    this.restoreScroll(b);
  }

  /** The brief's language, read from its record and the start of its text (never the whole text). */
  private language(b: BriefRecord): string {
    return languageOfBrief({ ...b, markdown: this.pieces?.[0] ?? '' });
  }

  /** The body is sanitized HTML inserted as an inert fragment, never through unsafeHTML. */
  private async fillBody(body: HTMLElement, pieces: readonly string[]): Promise<void> {
    this.bodyReady = false;
    // The contents are the previous text's until this one is in: none is better than wrong ones.
    this.headings = [];
    const wanted = () => this.renderedPieces === pieces && this.renderedInto === body;
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
    this.images.revoke();
    void this.images.show(body, this.briefId, t('reader.imageNotIncluded'));
    const b = this.brief.value;
    if (b) {
      if (hasNonLatinLetters(`${b.title}\n${pieces[0] ?? ''}`)) ensureScriptFonts();
      markBlockLanguages(body, this.language(b));
    }
    this.headings = [...body.querySelectorAll('h1, h2, h3, h4')].map((h, i) => {
      h.id = `h-${i}`;
      return { id: h.id, level: Number(h.tagName[1]), text: h.textContent ?? '' };
    });
    this.bodyReady = true;
    this.requestUpdate();
  }

  private paint(body: HTMLElement, annotations: Annotation[]): void {
    const items = this.items.value ?? [];
    const spans: PaintSpan[] = [
      ...items.flatMap((item) =>
        item.status === 'dismissed' || item.status === 'suggested'
          ? []
          : item.sources.filter((s) => s.briefId === this.briefId).map((s) => ({ id: `item:${item.id}`, ...s.selector.position, color: 'item', label: t('reader.itemMarker', { text: item.text.slice(0, 60) }) })),
      ),
      ...annotations.filter((a) => !a.orphaned).map((a) => ({ id: a.id, ...a.selector.position, color: a.color, label: a.note ? t('reader.noteMarker') : '' })),
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

  private restoreScroll(b: BriefRecord): void {
    const scroller = this.scroller;
    if (!scroller || !this.annotations.value || !this.items.value) return;
    const targetKey = `${b.id}|${this.target.annotation ?? ''}|${this.target.item ?? ''}|${this.target.q ?? ''}`;
    if (this.scrolledTo === targetKey) return;
    this.scrolledTo = targetKey;
    this.restoredFor = b.id;
    if (b.readState === 'unread') void setReadState(b.id, 'reading');
    if (this.target.annotation) return this.scrollToAnnotation(this.target.annotation);
    if (this.target.item) {
      const mark = this.bodyEl?.querySelector<HTMLElement>(`mark[data-ids~="item:${CSS.escape(this.target.item)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.classList.add('flash');
      return;
    }
    if (this.target.q) {
      void this.openFind().then(() => this.findBar?.setQuery(this.target.q ?? ''));
      return;
    }
    this.holdProgress(scroller, b.readProgress > 0 && b.readProgress < 1 ? b.readProgress : 0);
  }

  /**
   * Scrolls to a remembered reading position and keeps it while the page is still growing (fonts,
   * highlights, sidebars settling), until the reader scrolls somewhere else.
   */
  private holdProgress(scroller: HTMLElement, progress: number): void {
    let expected = 0;
    const apply = () => {
      scroller.scrollTop = progress * (scroller.scrollHeight - scroller.clientHeight);
      expected = scroller.scrollTop;
    };
    const resize = new ResizeObserver(apply);
    // Any scroll we did not make (keyboard, wheel, scrollbar) means the reader has taken over.
    const onScroll = () => {
      if (Math.abs(scroller.scrollTop - expected) > 2) release();
    };
    const release = () => {
      resize.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    resize.observe(scroller.firstElementChild ?? scroller);
    apply();
    this.releaseProgress?.();
    this.releaseProgress = release;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-brief-reader': BriefReader;
  }
}
