// Export PDF for a book or, through a single-brief print id, for one open brief: the same path
// for the composer's button and the application menu's command. While it runs, the desktop
// host's phases are published to whoever shows progress (cy-export-progress).
import type { Route } from '../../app/routes.js';
import type { ExportProgress } from '../../../platform/platform.js';
import { getBook, loadBookRecords, updateBook } from '../../../data/books.js';
import type { BookRecords } from '../../../domain/book/layout.js';
import { checkBook } from './preflight.js';
import './preflight-dialog.js';
import './marking-dialog.js';
import { briefIdOfPrint, singleBriefPrintId } from '../../../domain/book/single-brief.js';
import { asksForMarking, defaultMarkingChosen } from '../../../domain/book/marking-choice.js';
import { platform } from '../../../platform/index.js';
import { emit } from '../../events.js';
import { t, topicLabel } from '../../i18n/index.js';
import { bookMetadata } from '../../../domain/book/metadata.js';
import { redactRecords } from '../../../domain/redaction/records.js';
import { editionFileName, recordsToPrint } from '../../../domain/book/editions.js';
import { loadPreferences } from '../../../data/settings.js';
import { chooseDefaultMarking, preferences } from '../../app/preferences.js';
import { writeOrTell } from '../../storage-message.js';

/** The print id the current route would export, or null where there is nothing to export. */
export function printIdForRoute(route: Route): string | null {
  if (route.view === 'book' || route.view === 'print-book') return route.id;
  if (route.view === 'brief') return singleBriefPrintId(route.id);
  return null;
}

/** The host's phases, after the window's own: checking the book before it is printed. */
export type ExportStatus = ExportProgress | { phase: 'checking' };

let status: ExportStatus | null = null;
const statusListeners = new Set<(status: ExportStatus | null) => void>();

function setStatus(next: ExportStatus | null): void {
  status = next;
  statusListeners.forEach((listener) => listener(next));
}

/** The running export's latest phase (null when none runs), now and on every change. */
export function onExportStatus(listener: (status: ExportStatus | null) => void): () => void {
  statusListeners.add(listener);
  listener(status);
  return () => {
    statusListeners.delete(listener);
  };
}

/** Runs the pre-flight checks; with findings, asks the user whether to export anyway. */
async function preflightPasses(records: BookRecords): Promise<boolean> {
  setStatus({ phase: 'checking' });
  const findings = await checkBook(records).finally(() => setStatus(null));
  if (findings.length === 0) return true;
  const dialog = document.createElement('cy-preflight-dialog');
  document.body.append(dialog);
  try {
    return await dialog.ask(findings);
  } finally {
    dialog.remove();
  }
}

/**
 * The first export that would print the default marking asks which one to use, "none" included
 * (see domain/book/marking-choice.ts). The answer is kept as the default, so it is asked once, and
 * the book being exported takes it when it has no marking of its own. False when the user cancels.
 */
async function markingSettled(host: EventTarget, printId: string): Promise<boolean> {
  if (defaultMarkingChosen(preferences())) return true;
  const single = briefIdOfPrint(printId) !== null;
  const book = single ? undefined : await getBook(printId);
  // A missing book is reported by the export itself.
  if ((!single && !book) || !asksForMarking(preferences(), book?.marking ?? null)) return true;
  const dialog = document.createElement('cy-marking-dialog');
  document.body.append(dialog);
  let marking: string | null;
  try {
    marking = await dialog.ask();
  } finally {
    dialog.remove();
  }
  if (marking === null) return false;
  return writeOrTell(host, async () => {
    await chooseDefaultMarking(marking);
    if (book && marking) await updateBook(book.id, { marking });
  });
}

/**
 * Asks the platform to export the book, or one of its editions; reports the outcome as a toast
 * from `host`. True when a file was saved (or the browser's print view opened).
 */
export async function exportToPdf(host: EventTarget, printId: string, editionId?: string): Promise<boolean> {
  if (!(await markingSettled(host, printId))) return false;
  const { records, edition } = recordsToPrint(await loadBookRecords(printId), editionId);
  if (!records) {
    emit(host, 'cy-toast', { kind: 'error', message: t(editionId ? 'editions.missing' : 'books.missing') });
    return false;
  }
  if (!(await preflightPasses(records))) return false;
  // The file name and document information come from the redacted records, as the print does.
  const language = records.book.options.language;
  const redacted = redactRecords(records, (await loadPreferences()).redactionRules, t('print.redacted', {}, language), edition?.extraRedactions ?? []).records;
  const { book } = redacted;
  const title = book.title.trim() || t('books.untitled');
  const stopProgress = platform().onExportProgress(setStatus);
  const result = await platform()
    .exportBookPdf(
      printId,
      edition ? editionFileName(title, edition.name, t('books.untitled')) : `${title}.pdf`,
      { paper: book.options.paper, ...bookMetadata(book, redacted.briefs.values(), preferences().authorName, (topic) => topicLabel(topic, language)) },
      edition?.id,
    )
    .finally(() => {
      stopProgress();
      setStatus(null);
    });
  if (!result.ok) emit(host, 'cy-toast', { kind: 'error', message: t('books.exportFailed', { message: result.error.message }) });
  else if (result.value) emit(host, 'cy-toast', { kind: 'success', message: t('books.exported', { path: result.value.path }) });
  else if (platform().kind === 'browser') emit(host, 'cy-toast', { message: t('books.exportOpened') });
  return result.ok && (result.value !== null || platform().kind === 'browser');
}

/**
 * Every edition, one PDF each, in the book's order: the desktop app asks where to save each file
 * in turn (named after its edition), and stops at the first one the user cancels or that fails.
 */
export async function exportAllEditions(host: EventTarget, bookId: string): Promise<void> {
  const book = await getBook(bookId);
  for (const edition of book?.editions ?? []) {
    if (!(await exportToPdf(host, bookId, edition.id))) return;
  }
}
