// The reader (#/brief/<id>): contents, toolbar, the brief's text and the annotation and item
// panels, and what the reader does with a selection or a sidebar action. Laying out the text, the
// keyboard and the reading position each live in a module of their own beside this one.
import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LiveQueryController } from '../../../data/live-query.controller.js';
import { getBriefBody, getBriefRecord } from '../../../data/briefs.js';
import { addAnnotation, deleteAnnotation, listAnnotations, restoreAnnotation, updateAnnotation } from '../../../data/annotations.js';
import { createItemFromSelection, itemsForBrief } from '../../../data/items.js';
import { itemTopic } from '../../../domain/items/topic.js';
import { MAX_MARKDOWN_CHARS } from '../../../rendering/markdown.js';
import { rangeFromOffsets } from '../../../rendering/text-offsets.js';
import { describeRange } from '../../../domain/anchoring/index.js';
import { wholeWordSpan } from '../../../domain/anchoring/word-span.js';
import type { Brief, BriefRecord } from '../../../domain/types.js';
import { SelectionController } from '../../controllers/selection.controller.js';
import { controls } from '../../styles/tokens.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { emit } from '../../events.js';
import { exportToPdf } from '../books/export-book.js';
import { singleBriefPrintId } from '../../../domain/book/single-brief.js';
import { hrefFor } from '../../app/routes.js';
import { moveToTrash } from './trash-brief.js';
import { preferences } from '../../app/preferences.js';
import { articleStyles } from './article.styles.js';
import { highlightStyles } from './highlight.styles.js';
import { readerLayoutStyles } from './reader-layout.styles.js';
import type { NoteDialog } from '../../components/note-dialog.js';
import type { RedactionDialog } from './redaction-dialog.js';
import './redaction-dialog.js';
import type { AnnotationSidebar, SidebarEventDetail } from './annotation-sidebar.js';
import type { FindBar } from './find-bar.js';
import type { SelectionAction } from './selection-popover.js';
import '../../components/note-dialog.js';
import './annotation-sidebar.js';
import { saveAnnotations } from './annotation-export.js';
import { langFontStyles } from '../../styles/lang-fonts.js';
import { ReadingShortcutsController } from './reading-shortcuts.controller.js';
import { ReadingPositionController, type ReadingTarget } from './reading-position.controller.js';
import { MarginNotesController } from './margin-notes.controller.js';
import { contentsNav } from './contents-nav.js';
import type { MarkOpenDetail, ReadingBody } from './reading-body.js';
import type { ReaderCommand } from './reader-toolbar.js';
import './reading-body.js';
import './reader-toolbar.js';
import './item-panel.js';
import '../../components/side-drawer.js';
import './find-bar.js';
import './selection-popover.js';
import './brief-editor.js';

@customElement('cy-brief-reader')
export class BriefReader extends LitElement {
  static override styles = [
    controls,
    articleStyles,
    highlightStyles,
    langFontStyles,
    readerLayoutStyles,
  ];

  @property() briefId = '';
  /** Scroll target from the URL: an annotation, a checklist item or a search term. */
  @property({ attribute: false }) target: ReadingTarget = {};
  @state() private finding = false;
  @state() private editing = false;
  @state() private activeAnnotation = '';
  @query('.body') private bodyEl?: HTMLElement;
  @query('cy-reading-body') private readingBody?: ReadingBody;
  @query('cy-note-dialog') private noteDialog!: NoteDialog;
  @query('cy-redaction-dialog') private redactionDialog!: RedactionDialog;
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
  private shortcuts = new ReadingShortcutsController(this, {
    selection: this.selection,
    editing: () => this.editing,
    openFind: () => void this.openFind(),
    act: (action) => void this.onSelectionAction(action),
  });
  private position = new ReadingPositionController(this, {
    brief: () => this.brief.value ?? undefined,
    showAnnotation: (id) => this.scrollToAnnotation(id),
    showItem: (id) => {
      const mark = this.bodyEl?.querySelector<HTMLElement>(`mark[data-ids~="item:${CSS.escape(id)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.classList.add('flash');
    },
    find: (q) => void this.openFind().then(() => this.findBar?.setQuery(q)),
  });
  private margin = new MarginNotesController(this, { body: () => this.bodyEl, sidebar: () => this.sidebar });
  /** Set while an orphan waits for the user to select its new place. */
  private reattaching = '';

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

  /** A redaction takes whole words: a name cut at its last letter still names someone. */
  private currentSelector(wholeWords: boolean) {
    const sel = this.selection.value;
    const text = this.bodyEl?.textContent ?? '';
    const span = sel && wholeWords ? wholeWordSpan(text, sel.start, sel.end) : sel;
    return span && span.end > span.start ? describeRange(text, span.start, span.end) : null;
  }

  private async onSelectionAction(action: SelectionAction): Promise<void> {
    const selector = this.currentSelector(action.kind === 'redact' && !this.reattaching);
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
    } else if (action.kind === 'item') {
      const { authorName, topicLexicon } = preferences();
      const topic = itemTopic(selector.quote.exact, b.topics, topicLexicon ?? undefined);
      const item = await createItemFromSelection(b.id, selector, { topic, author: authorName });
      emit(this, 'cy-toast', {
        kind: 'success',
        message: t('reader.itemCreated'),
        action: { label: t('reader.openChecklist'), run: () => void (location.hash = hrefFor({ view: 'checklists' }, { item: item.id })) },
      });
    } else if (action.kind === 'redact') {
      await this.redactionDialog.ask(selector.quote.exact, (reason) => addAnnotation(b.id, selector, { color: 'yellow', redaction: { reason } }));
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
        emit(this, 'cy-toast', { message: t(removed.redaction ? 'annotations.redactionRemoved' : 'annotations.deleted'), action: { label: t('common.undo'), run: () => restoreAnnotation(removed) } });
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

  /** A click on a mark shows its annotation in the sidebar, or opens the item it marks. */
  private onMarkOpen(e: CustomEvent<MarkOpenDetail>): void {
    if (this.selection.value) return;
    const { annotation, item } = e.detail;
    if (annotation) {
      this.activeAnnotation = annotation;
      void this.sidebar?.reveal(annotation);
    } else if (item) {
      location.hash = hrefFor({ view: 'checklists' }, { item });
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

  private onCommand(command: ReaderCommand, b: BriefRecord): void {
    if (command === 'find') void this.openFind();
    else if (command === 'edit') this.startEditing();
    else if (command === 'pdf') void exportToPdf(this, singleBriefPrintId(b.id));
    else if ((command === 'md' || command === 'jsonld') && this.wholeBrief) void saveAnnotations(this, [{ brief: this.wholeBrief, annotations: this.annotations.value ?? [] }], command, b.title);
    else if (command === 'delete') void moveToTrash(this, b, () => this.briefId);
  }

  /** A text too large to parse is too large for a text box and its preview: the window would stall. */
  private startEditing(): void {
    const length = this.pieces?.reduce((n, p) => n + p.length, 0) ?? 0;
    if (length <= MAX_MARKDOWN_CHARS) {
      this.editing = true;
      return;
    }
    const mb = (chars: number) => (chars / 1_000_000).toLocaleString(currentLanguage(), { maximumFractionDigits: 1 });
    emit(this, 'cy-toast', { message: t('reader.tooLargeToEdit', { size: mb(length), limit: mb(MAX_MARKDOWN_CHARS) }) });
  }

  override render() {
    const b = this.brief.value;
    if (!b) return html`<p class="empty" role="status">${this.brief.value === undefined ? t('reader.opening') : t('reader.missing')}</p>`;
    const sel = this.selection.value;
    const hostRect = this.getBoundingClientRect();
    // Wide windows put the brief's items under the contents, leaving the margin to the notes.
    const itemPanel = html`<cy-item-panel .items=${this.items.value ?? []} @cy-show-passage=${(e: CustomEvent<{ start: number; end: number }>) => this.showPassage(e.detail)}></cy-item-panel>`;
    return html`<div class="layout">
        <div class="lead">
          ${contentsNav(this.readingBody?.headings ?? [], (id) => this.bodyEl?.querySelector(`#${CSS.escape(id)}`)?.scrollIntoView({ block: 'start' }))}
          ${this.margin.wide ? itemPanel : null}
        </div>
        <div class="center">
          <cy-reader-toolbar .brief=${b} @cy-reader-command=${(e: CustomEvent<ReaderCommand>) => this.onCommand(e.detail, b)}></cy-reader-toolbar>
          ${this.finding ? html`<cy-find-bar .target=${this.bodyEl} @cy-find-close=${this.closeFind} @cy-find-select=${() => this.bodyEl?.focus()}></cy-find-bar>` : null}
          ${this.editing
            ? html`<cy-brief-editor .brief=${this.wholeBrief} @cy-editor-close=${() => (this.editing = false)}></cy-brief-editor>`
            : html`<cy-reading-body .brief=${b} .pieces=${b.id === this.briefId ? this.pieces : undefined} .markdown=${() => this.wholeBrief?.markdown ?? ''}
                @cy-body-shown=${() => this.requestUpdate()} @cy-mark-open=${this.onMarkOpen}></cy-reading-body>`}
        </div>
        <aside aria-label=${t('annotations.title', { count: '' }).trim()}><cy-side-drawer ?foldable=${!this.margin.wide} label=${t('reader.sidePanel')}>
          ${this.margin.wide ? null : itemPanel}
          <cy-annotation-sidebar .annotations=${this.annotations.value ?? []} .activeId=${this.activeAnnotation}
            @cy-annotation-action=${this.onSidebarAction}></cy-annotation-sidebar>
        </cy-side-drawer></aside>
      </div>
      ${sel && !this.editing
        ? html`<cy-selection-popover .x=${Math.max(8, sel.rect.left - hostRect.left)} .y=${sel.rect.bottom - hostRect.top + 8}
            @cy-selection-action=${(e: CustomEvent<SelectionAction>) => void this.onSelectionAction(e.detail)}></cy-selection-popover>`
        : null}
      <cy-note-dialog></cy-note-dialog><cy-redaction-dialog></cy-redaction-dialog>`;
  }

  /** Once the text is in: paint what marks it, then go to where the reader should be. */
  protected override updated(): void {
    const b = this.brief.value;
    const pieces = this.pieces;
    const view = this.readingBody;
    if (!b || b.id !== this.briefId || pieces === undefined || !view?.shows(pieces)) return;
    view.paint(this.annotations.value ?? [], this.items.value ?? []);
    if (this.annotations.value && this.items.value) this.position.restore(b, this.target);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-brief-reader': BriefReader;
  }
}
