// Export PDF for a book or, through a single-brief print id, for one open brief: the same path
// for the composer's button and the application menu's command. While it runs, the desktop
// host's phases are published to whoever shows progress (cy-export-progress).
import type { Route } from '../../app/routes.js';
import type { ExportProgress } from '../../../platform/platform.js';
import { loadBookRecords } from '../../../data/books.js';
import { singleBriefPrintId } from '../../../domain/book/single-brief.js';
import { platform } from '../../../platform/index.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';

/** The print id the current route would export, or null where there is nothing to export. */
export function printIdForRoute(route: Route): string | null {
  if (route.view === 'book' || route.view === 'print-book') return route.id;
  if (route.view === 'brief') return singleBriefPrintId(route.id);
  return null;
}

let status: ExportProgress | null = null;
const statusListeners = new Set<(status: ExportProgress | null) => void>();

function setStatus(next: ExportProgress | null): void {
  status = next;
  statusListeners.forEach((listener) => listener(next));
}

/** The running export's latest phase (null when none runs), now and on every change. */
export function onExportStatus(listener: (status: ExportProgress | null) => void): () => void {
  statusListeners.add(listener);
  listener(status);
  return () => {
    statusListeners.delete(listener);
  };
}

/** Asks the platform to export; reports the outcome as a toast from `host`. */
export async function exportToPdf(host: EventTarget, printId: string): Promise<void> {
  const records = await loadBookRecords(printId);
  if (!records) {
    emit(host, 'cy-toast', { kind: 'error', message: t('books.missing') });
    return;
  }
  const { book } = records;
  const topics = [...new Set([...records.briefs.values()].flatMap((b) => b.topics))].slice(0, 50);
  const stopProgress = platform().onExportProgress(setStatus);
  const result = await platform()
    .exportBookPdf(printId, `${book.title.trim() || t('books.untitled')}.pdf`, {
      paper: book.options.paper,
      title: book.title.slice(0, 500),
      author: book.preparedBy.slice(0, 500),
      subject: [book.subtitle, book.meeting].filter((s) => s.trim() !== '').join(' — ').slice(0, 1000),
      keywords: topics.map((k) => k.slice(0, 100)),
    })
    .finally(() => {
      stopProgress();
      setStatus(null);
    });
  if (!result.ok) emit(host, 'cy-toast', { kind: 'error', message: t('books.exportFailed', { message: result.error.message }) });
  else if (result.value) emit(host, 'cy-toast', { kind: 'success', message: t('books.exported', { path: result.value.path }) });
  else if (platform().kind === 'browser') emit(host, 'cy-toast', { message: t('books.exportOpened') });
}
