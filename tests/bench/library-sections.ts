// Benchmark sections for the library at scale: fill the profile, cold open, index build, search
// while typing, memory. They share one browser from "cold open" onwards.
import type { CDPSession, Page } from '@playwright/test';
import { registerSection, percentile, type BenchContext } from './sections.js';
import { seedLibrary } from './seed.js';
import { QUERY_WORDS } from './generate.js';

interface LongTask {
  start: number;
  duration: number;
}
type BenchWindow = Window & { __cyLongTasks: LongTask[] };

function openPage(ctx: BenchContext): Page {
  const page = ctx.shared.get('page');
  if (!page) throw new Error('the "cold open" section must run first');
  return page as Page;
}

registerSection('fill the library', async (ctx) => {
  const { context, page } = await ctx.launch();
  await page.goto(`${ctx.url}#/library`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const started = performance.now();
  await seedLibrary(page, ctx.briefs, { words: 1000, chunk: 100 });
  const seconds = (performance.now() - started) / 1000;
  ctx.report('briefs written (1,000 words, 1 note, 1 item each)', ctx.briefs, 'briefs');
  ctx.report('write throughput', Math.round(ctx.briefs / seconds), 'briefs/s');
  await context.close();
});

registerSection('cold open', async (ctx) => {
  const launched = performance.now();
  const { context, page } = await ctx.launch();
  await context.addInitScript(() => {
    const w = window as unknown as BenchWindow;
    w.__cyLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__cyLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const navigated = performance.now();
  await page.goto(`${ctx.url}#/library`);
  await page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').first().getByRole('link').waitFor();
  const visible = performance.now();
  const mark = await page.evaluate(() => performance.getEntriesByName('cy-first-rows')[0]?.startTime ?? NaN);
  ctx.report('first rows drawn (since navigation start, in-page mark)', mark, 'ms', { max: 400 });
  ctx.report('first rows visible (goto → row seen by Playwright)', visible - navigated, 'ms');
  ctx.report('browser launch on the profile', navigated - launched, 'ms');
  const rows = await page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').count();
  ctx.report('row elements in the DOM', rows, 'rows', { max: 100 });
  ctx.shared.set('context', context);
  ctx.shared.set('page', page);
});

registerSection('search index', async (ctx) => {
  const page = openPage(ctx);
  await page.waitForFunction(() => performance.getEntriesByName('cy-index-build').length > 0, null, { timeout: 30 * 60_000, polling: 500 });
  const build = await page.evaluate(() => {
    const entry = performance.getEntriesByName('cy-index-build')[0] as PerformanceMeasure;
    const tasks = (window as unknown as BenchWindow).__cyLongTasks;
    const during = tasks.filter((t) => t.start + t.duration >= entry.startTime && t.start <= entry.startTime + entry.duration);
    const startup = tasks.filter((t) => t.start < entry.startTime);
    return {
      ms: entry.duration,
      detail: entry.detail as { documents: number; workerMs: number },
      longest: Math.max(0, ...during.map((t) => t.duration)),
      count: during.length,
      startupLongest: Math.max(0, ...startup.map((t) => t.duration)),
    };
  });
  ctx.report('index build (worker start → ready)', build.ms, 'ms');
  ctx.report('documents indexed (briefs + notes + items)', build.detail.documents, 'docs');
  ctx.report('longest main-thread task while indexing', build.longest, 'ms', { max: 50 });
  ctx.report('main-thread long tasks while indexing', build.count, 'tasks');
  ctx.report('longest main-thread task before indexing (start-up)', build.startupLongest, 'ms');
});

registerSection('search while typing', async (ctx) => {
  const page = openPage(ctx);
  const box = page.getByRole('searchbox', { name: 'Search' });
  const queries = QUERY_WORDS.flatMap((word) => [2, 3, 4, 5, 6].map((n) => word.slice(0, n)));
  const latencies: number[] = [];
  for (const q of queries) {
    await box.fill(q);
    await page.locator(`cy-search-box .panel[data-query="${q}"]`).waitFor();
    latencies.push(
      await page.evaluate((query) => {
        const entries = performance.getEntriesByName('cy-search').filter((e) => (e as PerformanceMeasure).detail === query);
        return entries[entries.length - 1]?.duration ?? NaN;
      }, q),
    );
  }
  ctx.report('queries (prefixes of 20 words, 2–6 letters)', latencies.length, 'queries');
  ctx.report('search latency p50 (query → results on the main thread)', percentile(latencies, 50), 'ms');
  ctx.report('search latency p95', percentile(latencies, 95), 'ms', { max: 10 });
  ctx.report('search latency max', percentile(latencies, 100), 'ms');
});

registerSection('memory', async (ctx) => {
  const page = openPage(ctx);
  const cdp = await page.context().newCDPSession(page);
  const main = await heapAfterGc((method) => cdp.send(method as 'Runtime.getHeapUsage'));
  const workers = await workerSessions(cdp);
  let worker = 0;
  for (const send of workers) worker += await heapAfterGc(send);
  ctx.report('renderer main-thread JS heap (CDP Runtime.getHeapUsage, after GC)', main / 2 ** 20, 'MB');
  ctx.report(`search worker JS heap (${workers.length} worker, after GC)`, worker / 2 ** 20, 'MB');
  ctx.report('JS heap, main thread + worker', (main + worker) / 2 ** 20, 'MB', { max: 300 });
  await cdp.detach();
  await (ctx.shared.get('context') as { close(): Promise<void> }).close();
});

type Send = (method: string) => Promise<unknown>;

async function heapAfterGc(send: Send): Promise<number> {
  await send('HeapProfiler.collectGarbage');
  return ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/**
 * A sender per dedicated worker of the page. Playwright opens CDP sessions on pages only, so the
 * worker is reached through the page's session: auto-attach, then messages wrapped in
 * Target.sendMessageToTarget (the non-flattened protocol).
 */
async function workerSessions(cdp: CDPSession): Promise<Send[]> {
  const ids: string[] = [];
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') ids.push(e.sessionId);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let next = 0;
  return ids.map((sessionId) => (method) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const listen = (e: { sessionId?: string; message: string }) => {
        const reply = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
        if (e.sessionId !== sessionId || reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', listen);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', listen);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    }),
  );
}
