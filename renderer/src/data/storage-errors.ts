// Storage failures in words a user can act on, and the checks made when the library opens.
// The browser may refuse to store (disk full), refuse to open (blocked, newer version, broken
// profile), or report that it lost data; none of these may pass silently.
import type { AppDB } from './db.js';
import { DB_NAME, db } from './db.js';

export type StorageProblemKind = 'quota' | 'blocked' | 'version' | 'open-failed' | 'data-loss' | 'closed';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** One English sentence with the way out (the UI shows its own translation of the kind). */
  message: string;
  /** The browser's own words, for a bug report. */
  detail: string;
}

const MESSAGES: Record<StorageProblemKind, string> = {
  quota: 'The disk is full, so nothing was saved: free some space, or back up the library and empty the Trash, then try again.',
  blocked: 'The library is open in another Chancery window that must be closed before this one can open it.',
  version: 'The library was saved by a newer version of Chancery: update Chancery to open it (your data is untouched).',
  'open-failed': 'The library could not be opened. Free some disk space and restart Chancery; if this persists, restore a backup or snapshot.',
  'data-loss': 'The browser reported that part of the library was lost when it opened. Restore your latest backup or snapshot from Settings.',
  closed: 'The library was closed by another window or by the system. Reload Chancery to continue.',
};

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error wrapped in it (Dexie's `inner`, `cause`, a BulkError's failures). */
function chain(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 8) return [];
  const e = error as ErrorLike;
  const failures = Array.isArray(e.failures) ? e.failures : typeof e.failures === 'object' && e.failures !== null ? Object.values(e.failures) : [];
  return [e, ...[e.inner, e.cause, ...failures].flatMap((inner) => chain(inner, depth + 1))];
}

const OPEN_FAILURES = new Set(['OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'InvalidStateError', 'UnknownError', 'NotFoundError']);

function kindOf(names: string[]): StorageProblemKind | null {
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'version';
  if (names.some((n) => OPEN_FAILURES.has(n))) return 'open-failed';
  return null;
}

/** A storage problem behind `error`, or null when the error is not about storage. */
export function describeStorageError(error: unknown): StorageProblem | null {
  const links = chain(error);
  const kind = kindOf(links.map((e) => String(e.name ?? '')));
  if (kind === null) return null;
  const detail = links.map((e) => `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`).join(' ← ');
  return problem(kind, detail);
}

export const problem = (kind: StorageProblemKind, detail = ''): StorageProblem => ({ kind, message: MESSAGES[kind], detail });

/**
 * Chromium tells the page it lost a database (a corrupt profile it had to wipe) only through the
 * `dataLoss` field of the upgradeneeded event, which Dexie does not expose. This opens the
 * database once without a version to read it: when the database is being created, the creation
 * is aborted so Dexie's own open is the one that creates it.
 */
export function probeDataLoss(name: string = DB_NAME, factory: IDBFactory = indexedDB): Promise<StorageProblem | null> {
  return new Promise((resolve) => {
    let found: StorageProblem | null = null;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null); // the real open reports why IndexedDB is unusable
      return;
    }
    request.onupgradeneeded = (event) => {
      const loss = event as IDBVersionChangeEvent & { dataLoss?: string; dataLossMessage?: string };
      if (loss.dataLoss !== undefined && loss.dataLoss !== 'none') found = problem('data-loss', loss.dataLossMessage ?? loss.dataLoss);
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(found);
    };
    request.onerror = (event) => {
      event.preventDefault(); // the aborted creation is expected, not an uncaught error
      resolve(found);
    };
    request.onblocked = () => resolve(found);
  });
}

/**
 * Opens the library and keeps watching it: every problem (data lost, open refused, blocked by
 * another window, closed underneath) is passed to `report`. Resolves true when the library is open.
 */
export async function openLibrary(
  report: (problem: StorageProblem) => void,
  database: AppDB = db(),
  factory: IDBFactory = indexedDB,
): Promise<boolean> {
  const loss = await probeDataLoss(database.name, factory);
  if (loss) report(loss);
  database.on('blocked', () => report(problem('blocked')));
  try {
    await database.open();
    // Watched only once open: Dexie also fires 'close' for an open that failed.
    database.on('versionchange', () => report(problem('closed', 'The library was upgraded or deleted by another window.')));
    database.on('close', () => report(problem('closed')));
    return true;
  } catch (error) {
    report(describeStorageError(error) ?? problem('open-failed', error instanceof Error ? error.message : String(error)));
    return false;
  }
}
