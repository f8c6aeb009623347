// The application shell: navigation, routing, import entry points and app-wide feedback.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { parseHash, navigate, type Location } from './routes.js';
import { controls } from '../styles/tokens.js';
import { currentLanguage, t } from '../i18n/index.js';
import { isTyping } from '../keyboard.js';
import { PREFERENCE_LABELS, initPreferences, onPreferencesChange, preferences } from './preferences.js';
import { platform } from '../../platform/index.js';
import { fromBytes, type BatchSource } from '../../workflows/batch-source.js';
import { planPicked, type PickedBatch } from '../../workflows/picked-files.js';
import type { ImportPickers } from './import-pickers.js';
import './import-pickers.js';
import type { ToastRegion } from '../components/toast-region.js';
import type { ShortcutsDialog } from '../components/shortcuts-dialog.js';
import '../components/shortcuts-dialog.js';
import type { LinkDialog } from '../components/link-dialog.js';
import '../components/link-dialog.js';
import type { PassphraseDialog } from '../components/passphrase-dialog.js';
import '../components/passphrase-dialog.js';
import { ExternalLinksController } from '../controllers/external-links.js';
import type { ImportPanel } from '../features/importing/import-panel.js';
import type { MenuCommand } from '../../platform/platform.js';
import '../components/toast-region.js';
import '../features/importing/import-panel.js';
import '../features/library/library-view.js';
import '../features/search/search-box.js';
import { afterLibrarySettled } from '../features/library/startup.js';
import { exportToPdf, printIdForRoute } from '../features/books/export-book.js';
import '../features/books/export-progress.js';
import '../components/error-panel.js';
import { captureUncaught, errorLog } from './error-log.js';
import { onPlatformFailure } from '../../platform/failures.js';
import { openLibrary, type StorageProblem } from '../../data/storage-errors.js';
import { purgeExpiredTrash } from '../../data/trash.js';
import { countOpenSuggestions } from '../../data/suggestion-count.js';
import { LiveQueryController } from '../../data/live-query.controller.js';
import { isViewLoaded, loadView } from './lazy-views.js';
import { appRootStyles } from './app-root.styles.js';
import { AppKeysController } from './app-keys.controller.js';
import { keepFocus } from './focus-handover.js';
import { backUpFromMenu } from './menu-backup.js';
import { LockController } from './lock.controller.js';
import { lockState, settleLockState, whenOpen } from './lock-session.js';

// Backups, restores and the sample book are loaded when first used (see lazy-views.ts for why).
const libraryActions = () => import('../features/settings/library-actions.js');

const NAV = ['library', 'inbox', 'checklists', 'books', 'settings'] as const;

/** The application shell: navigation, routing, import entry points and app-wide feedback. */
@customElement('cy-app-root')
export class AppRoot extends LitElement {
  static override styles = [controls, appRootStyles];

  @state() private location: Location = parseHash(window.location.hash);
  @state() private dragging = false;
  @state() private storageProblem: StorageProblem | null = null;
  @query('cy-import-pickers') private pickers!: ImportPickers;
  @query('cy-toast-region') private toasts!: ToastRegion;
  @query('cy-import-panel') private importPanel!: ImportPanel;
  private unsubscribe: (() => void)[] = [];
  /** Suggestions awaiting review, counted beside the Inbox in the navigation. */
  private readonly suggestions = new LiveQueryController(this, () => countOpenSuggestions(), () => [lockState()]);
  private readonly links = new ExternalLinksController(this, () => this.renderRoot.querySelector<LinkDialog>('cy-link-dialog'));
  /** The page shown before the current one in this window (the print view's Back goes there). */
  private cameFrom = '';
  private readonly keys = new AppKeysController(this, {
    view: () => this.location.route.view,
    command: (c) => this.onMenuCommand(c),
  });
  /** A protected library: the lock screen, the idle lock, and the way back after unlocking. */
  private readonly lock = new LockController(this, {
    scroller: () => this.renderRoot.querySelector('main'),
    unlocked: () => void initPreferences().then(() => this.requestUpdate()),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    let shown = window.location.hash;
    const onHash = () => {
      this.cameFrom = shown;
      shown = window.location.hash;
      this.location = parseHash(shown);
      void this.updateComplete.then(() => keepFocus(this.renderRoot.querySelector('main')));
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('paste', this.onPaste);
    this.unsubscribe.push(
      () => window.removeEventListener('hashchange', onHash),
      () => window.removeEventListener('paste', this.onPaste),
      platform().onMenuCommand((c) => this.onMenuCommand(c)),
      platform().onFilesOpened((files) => void this.importSources(files.map((f) => fromBytes(f.name, f.bytes)))),
    );
    void initPreferences((keys) => void this.updateComplete.then(() => this.toasts.show({ kind: 'info', message: t('settings.resetInvalid', { names: keys.map((k) => t(PREFERENCE_LABELS[k])).join(', ') }) }, 15_000))).then(() => this.requestUpdate());
    this.unsubscribe.push(onPreferencesChange(() => this.requestUpdate()));
    this.unsubscribe.push(
      captureUncaught(window),
      onPlatformFailure((f) => errorLog.record(f.message, `${f.call} failed (code: ${f.code})`)),
    );
    this.addEventListener('cy-toast', (e) => this.toasts.show(e.detail));
    this.addEventListener('cy-import-request', (e) => void this.importSources(e.detail.sources, e.detail));
    this.addEventListener('cy-open-import', (e) => (e.detail?.folder ? this.pickers.openFolder() : this.pickers.openFiles()));
    this.addEventListener('cy-load-sample', () => void this.loadSample());
    void this.openStorage();
  }

  /** Opens the library, surfacing every storage problem; then the start-up housekeeping. */
  private async openStorage(): Promise<void> {
    const opened = await openLibrary((problem) => (this.storageProblem = problem));
    await settleLockState();
    if (!opened) return;
    // A locked library's housekeeping (purging the Trash, snapshots) needs its key.
    await whenOpen();
    // Housekeeping writes (a Trash purge, a snapshot) would hold up the library's first reads.
    afterLibrarySettled(() => {
      void purgeExpiredTrash()
        .catch((error: unknown) => console.error('Purging the Trash failed:', error))
        .then(libraryActions)
        .then(({ startSnapshotSchedule }) => this.unsubscribe.push(startSnapshotSchedule((reason) => this.toasts.show({ kind: 'error', message: t('snapshots.failed', { reason }) }))));
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    const { view } = this.location.route;
    if (changed.has('location') && !isViewLoaded(view)) {
      loadView(view).then(() => this.requestUpdate(), (error: unknown) => errorLog.record(`Opening the ${view} view failed.`, String(error)));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe.forEach((off) => off());
  }

  private onMenuCommand(command: MenuCommand): void {
    if (command === 'import') this.pickers.openFiles();
    else if (command === 'import-folder') this.pickers.openFolder();
    else if (command === 'navigate-library') navigate({ view: 'library' });
    else if (command === 'navigate-checklists') navigate({ view: 'checklists' });
    else if (command === 'navigate-books') navigate({ view: 'books' });
    else if (command === 'settings') navigate({ view: 'settings' });
    else if (command === 'backup') void backUpFromMenu(this.renderRoot.querySelector<PassphraseDialog>('cy-passphrase-dialog'), this.toasts);
    else if (command === 'lock') void this.lock.lock(true);
    else if (command === 'shortcuts') void this.renderRoot.querySelector<ShortcutsDialog>('cy-shortcuts-dialog')?.open();
    else if (command === 'export-pdf') {
      const printId = printIdForRoute(this.location.route);
      if (printId !== null) void exportToPdf(this, printId);
    } else if (command === 'find') void this.renderRoot.querySelector('cy-brief-reader')?.openFind();
    else if (command === 'search') this.renderRoot.querySelector('cy-search-box')?.focus();
  }

  private async importSources(all: BatchSource[], { pictures = [], reportUnusedPictures }: Partial<PickedBatch> = {}): Promise<void> {
    // A .chancery file is a backup or a shared book: Settings checks it and offers to restore it.
    const { isChanceryFile, offerRestore } = await libraryActions();
    const restorable = all.find((s) => isChanceryFile(s.name));
    if (restorable) {
      const { name, bytes } = await restorable.read();
      offerRestore(name, bytes);
      navigate({ view: 'settings' });
    }
    const sources = all.filter((s) => !isChanceryFile(s.name));
    if (!sources.length) return;
    const startedAt = location.hash;
    const reports = await this.importPanel.run(sources, { pictures, reportUnusedPictures });
    const imported = reports.filter((r) => r.status === 'imported');
    const duplicates = reports.filter((r) => r.status === 'duplicate');
    // One new brief opens, unless the user has gone elsewhere while it was importing.
    if (imported.length === 1 && sources.length === 1 && imported[0]?.briefId && location.hash === startedAt) navigate({ view: 'brief', id: imported[0].briefId });
    if (duplicates.length) {
      this.toasts.show({ kind: 'info', message: t('import.duplicates', { titles: duplicates.map((d) => d.title).join(', '), count: duplicates.length }) });
    }
  }

  private async loadSample(): Promise<void> {
    try {
      const { loadSampleBook } = await import('../../workflows/sample-book.js');
      const startedAt = location.hash;
      const bookId = await this.importPanel.follow((onProgress) => loadSampleBook(preferences().authorName, onProgress));
      // Show the new book only if the user has not gone elsewhere (say, into a brief) meanwhile.
      if (location.hash === startedAt) navigate({ view: 'book', id: bookId });
      this.toasts.show({ kind: 'success', message: t('sample.loaded') });
    } catch (error) {
      this.toasts.show({ kind: 'error', message: t('sample.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  private readonly onPaste = (e: ClipboardEvent): void => {
    if (isTyping(e)) return;
    const html = e.clipboardData?.getData('text/html') ?? '';
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!html.trim() && !text.trim()) return;
    e.preventDefault();
    const encoder = new TextEncoder();
    const source = html.trim() ? fromBytes('Pasted.html', encoder.encode(html)) : fromBytes('Pasted.txt', encoder.encode(text));
    void this.importSources([source]);
  };

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    const { sources, ...pictures } = planPicked([...(e.dataTransfer?.files ?? [])], { folder: false });
    void this.importSources(sources, pictures);
  }

  private renderView() {
    const { route, params } = this.location;
    if (!isViewLoaded(route.view)) return nothing;
    switch (route.view) {
      case 'brief':
        return html`<cy-brief-reader .briefId=${route.id}
          .target=${{ annotation: params.get('annotation') ?? undefined, item: params.get('item') ?? undefined, q: params.get('q') ?? undefined }}></cy-brief-reader>`;
      case 'settings':
        return html`<cy-settings-view></cy-settings-view>`;
      case 'catalog':
        return html`<cy-catalog-view></cy-catalog-view>`;
      case 'inbox':
        return html`<cy-inbox-view></cy-inbox-view>`;
      case 'checklists':
        return html`<cy-checklists-view .params=${params}></cy-checklists-view>`;
      case 'books':
      case 'book':
        return html`<cy-books-view .bookId=${route.view === 'book' ? route.id : ''}></cy-books-view>`;
      default:
        return html`<cy-library-view .params=${params}></cy-library-view>`;
    }
  }

  private renderStorageProblem() {
    const problem = this.storageProblem;
    if (!problem) return null;
    return html`<div class="storage-problem" role="alert">
      <h2>${t('storage.title')}</h2>
      <p>${t(`storage.${problem.kind}`)}</p>
      ${problem.detail ? html`<details><summary>${t('storage.details')}</summary><p>${problem.detail}</p></details>` : null}
      <button @click=${() => location.reload()}>${t('storage.reload')}</button>
      <button @click=${() => navigate({ view: 'settings' })}>${t('storage.openSettings')}</button>
    </div>`;
  }

  override render() {
    // While locked, nothing of the library is in the page: no view, no search, no toasts.
    if (this.lock.state !== 'open') return this.lock.state === 'locked' ? html`<cy-lock-screen></cy-lock-screen>` : nothing;
    // The print view is the page itself: no header, navigation or import chrome.
    if (this.location.route.view === 'print-book') {
      if (!isViewLoaded('print-book')) return nothing;
      const back = parseHash(this.cameFrom).route.view === 'print-book' ? '' : this.cameFrom;
      return html`<cy-print-book .bookId=${this.location.route.id} .backHref=${back} ?autoprint=${this.location.params.get('autoprint') === '1'} .editionId=${this.location.params.get('edition') ?? ''}></cy-print-book>`;
    }
    const current = this.location.route.view === 'brief' ? 'library' : this.location.route.view === 'book' ? 'books' : this.location.route.view;
    return html`
      <header
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.dragging = true; }}
      >
        <span class="brand">${t('app.name')}</span>
        <nav aria-label=${t('nav.main')}>
          ${NAV.map((view) => {
            const count = view === 'inbox' ? (this.suggestions.value ?? 0) : 0;
            return html`<button aria-current=${current === view ? 'page' : 'false'} @click=${() => navigate({ view })}
              aria-label=${count ? `${t(`nav.${view}`)}: ${t('nav.inboxCount', { count })}` : nothing}>${t(`nav.${view}`)}${count ? html`<span class="count" aria-hidden="true">${count}</span>` : nothing}</button>`;
          })}
        </nav>
        <div class="tools">
          <div class="search" role="search">
            <cy-search-box></cy-search-box>
          </div>
          <cy-error-panel></cy-error-panel>
          <cy-import-pickers></cy-import-pickers>
        </div>
      </header>
      <main
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.dragging = true; }}
        @dragleave=${(e: DragEvent) => { if (e.relatedTarget === null) this.dragging = false; }}
        @drop=${this.onDrop}
      >${this.renderStorageProblem()}${keyed(currentLanguage(), this.renderView())}</main>
      ${this.dragging ? html`<div class="drop" aria-hidden="true">${t('import.drop')}</div>` : null}
      <cy-import-panel></cy-import-panel>
      <cy-toast-region></cy-toast-region>
      <cy-shortcuts-dialog></cy-shortcuts-dialog>
      <cy-link-dialog></cy-link-dialog>
      <cy-passphrase-dialog></cy-passphrase-dialog>
      <cy-export-progress></cy-export-progress>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-app-root': AppRoot;
  }
  interface HTMLElementEventMap {
    /** Opens the file chooser, or the folder chooser with `folder`. */
    'cy-open-import': CustomEvent<{ folder?: boolean } | undefined>;
    'cy-load-sample': CustomEvent<void>;
  }
}
