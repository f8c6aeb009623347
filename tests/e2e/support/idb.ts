// Writes records straight into the app's IndexedDB from a test page: for test data that has no
// quick UI path (tracked checklist items with owners and due dates).
import type { Page } from '@playwright/test';
import { splitBrief } from '../../../renderer/src/domain/migrations/v4.js';
import type { Brief } from '../../../renderer/src/domain/types.js';

export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chancery');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          records.forEach((r) => tx.objectStore(store).put(r));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, records },
  );
}

/** Writes whole briefs as the app stores them (schema v4): the text in pieces first, so no record shows without it. */
export async function putBriefs(page: Page, briefs: Brief[]): Promise<void> {
  const parts = briefs.map(splitBrief);
  await putRecords(page, 'bodies', parts.flatMap((p) => p.pieces));
  await putRecords(page, 'briefs', parts.map((p) => p.record));
}

export async function getAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('chancery');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
