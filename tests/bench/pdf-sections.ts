// Benchmark section for PDF export: a 100-brief book from the generated library, exported with
// contents numbering (all passes, metadata) against one plain print of the same print view.
import { registerSection, repeat } from './sections.js';
import { measureExport } from '../../main/services/pdf-export.js';
import { playwrightPrintSession } from '../../main/headless/chromium-host.js';
import { DEFAULT_BOOK_OPTIONS } from '../../renderer/src/domain/migrations/v2.js';
import type { Book } from '../../renderer/src/domain/types.js';

const BOOK_BRIEFS = 100;

registerSection('briefing book PDF', async (ctx) => {
  const { context, page } = await ctx.launch();
  try {
    await page.goto(`${ctx.url}#/books`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const book: Book = {
      id: 'bench-book', title: 'Benchmark briefing book', subtitle: '', meeting: '', marking: 'UNCLASSIFIED', preparedBy: 'Bench',
      preparedFor: '', meetingDate: null, entries: [], options: { ...DEFAULT_BOOK_OPTIONS }, createdAt: 0, updatedAt: 0,
    };
    const count = await page.evaluate(
      ({ book, limit }) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('chancery');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['briefs', 'books'], 'readwrite');
            const keys = tx.objectStore('briefs').getAllKeys(null, limit);
            keys.onsuccess = () => {
              const ids = keys.result as string[];
              book.entries = ids.map((id) => ({ kind: 'brief' as const, id, title: '', note: '' }));
              tx.objectStore('books').put(book);
              tx.oncomplete = () => resolve(ids.length);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { book, limit: BOOK_BRIEFS },
    );
    const session = playwrightPrintSession(context);
    const runs = await repeat(ctx.runs, () => measureExport(session, `${ctx.url}#/print/book/bench-book`));
    await session.close();
    ctx.report(`book of ${count} briefs: pages`, runs[0]!.pageCount, 'pages');
    ctx.report('export with contents numbering (all passes)', runs.map((r) => r.exportMs), 'ms');
    ctx.report('one plain print of the same view', runs.map((r) => r.singlePrintMs), 'ms');
    ctx.report('export ÷ one print', runs.map((r) => r.exportMs / r.singlePrintMs), '×', { max: 1.5 });
    ctx.report('print passes', runs[0]!.passes, 'prints');
  } finally {
    await context.close();
  }
});
