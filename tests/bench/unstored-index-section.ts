// What a protected library pays for search: it keeps its index in memory only, so every cold open
// builds it from the records. Measured here by dropping the stored index before each cold open of
// the same (unprotected) library; decrypting the records would come on top.
import type { Page } from '@playwright/test';
import { indexReady, type IndexReady } from './library-sections.js';
import { percentile, registerSection, repeat } from './sections.js';

/** Empties the stored index in the page's database, as turning protection on does. */
async function dropStoredIndex(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('chancery');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('searchIndex', 'readwrite');
          tx.objectStore('searchIndex').clear();
          tx.oncomplete = () => (request.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

registerSection('search without a stored index (a protected library)', async (ctx) => {
  // The profile opens in one browser at a time: the one the library sections share must be closed.
  await (ctx.shared.get('context') as { close(): Promise<void> } | undefined)?.close();
  const opens = await repeat(ctx.runs, async () => {
    const before = await ctx.launch();
    await before.page.goto(`${ctx.url}#/library`);
    await indexReady(before.page);
    await dropStoredIndex(before.page);
    await before.context.close();

    const { context, page } = await ctx.launch();
    await page.goto(`${ctx.url}#/library`);
    // Stored again before closing, so the next run and later sections start alike.
    const ready = await indexReady(page, { source: 'built', saved: true });
    await context.close();
    return ready;
  });
  const stored = (ctx.shared.get('opens') as { index: { ready: IndexReady } }[] | undefined)?.map((o) => o.index.ready.sinceNavigation);
  ctx.report('search ready after cold open, index built in memory (navigation → answers)', opens.map((o) => o.sinceNavigation), 'ms', { max: 1000 });
  if (stored) {
    const extra = percentile(opens.map((o) => o.sinceNavigation), 50) - percentile(stored, 50);
    ctx.report('what protection costs: extra time to search ready, per cold open (medians)', extra, 'ms');
  }
});
