// Benchmark sections for the library at scale: fill the profile, cold open, the search index, search
// while typing, memory. They share one browser from "cold open" onwards.
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../harness/chromium.js';
import { registerSection, percentile, repeat, type BenchContext } from './sections.js';
import { seedLibrary } from './seed.js';
import { QUERY_WORDS } from './generate.js';

interface LongTask {
  start: number;
  duration: number;
}
type BenchWindow = Window & { __cyLongTasks: LongTask[]; __cyFirstInput: number };

/** Records long tasks and when the page first handled a typed character, from navigation start. */
function watchStartUp(): void {
  const w = window as unknown as BenchWindow;
  w.__cyLongTasks = [];
  w.__cyFirstInput = NaN;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__cyLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Input events are composed, so one in the search box's shadow root reaches the document.
  document.addEventListener('input', () => Number.isNaN(w.__cyFirstInput) && (w.__cyFirstInput = performance.now()), { capture: true });
}

/**
 * Interactive: a character typed in Search as soon as the view shows is handled. Returns the time
 * from navigation start to that input event, and the JavaScript (kB, decoded) loaded before `before`.
 */
async function startUp(page: Page, before: string | null): Promise<{ interactive: number; scriptKb: number }> {
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.press('x');
  await search.press('Backspace');
  return page.evaluate((mark) => {
    const until = mark === null ? performance.now() : (performance.getEntriesByName(mark)[0]?.startTime ?? NaN);
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => /\.js$/.test(new URL(r.name).pathname) && r.responseEnd <= until);
    return { interactive: (window as unknown as BenchWindow).__cyFirstInput, scriptKb: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0) / 1024 };
  }, before);
}

function openPage(ctx: BenchContext): Page {
  const page = ctx.shared.get('page');
  if (!page) throw new Error('the "cold open" section must run first');
  return page as Page;
}

registerSection('fill the library', async (ctx) => {
  const { context, page } = await ctx.launch();
  await page.goto(`${ctx.url}#/library`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  // The empty library's index is stored before the records arrive, so nothing races the seeding.
  await indexReady(page, { saved: true });
  const started = performance.now();
  await seedLibrary(page, ctx.briefs, { words: 1000, chunk: 100 });
  const seconds = (performance.now() - started) / 1000;
  ctx.report('briefs written (1,000 words, 1 note, 1 item each)', ctx.briefs, 'briefs');
  ctx.report('write throughput', Math.round(ctx.briefs / seconds), 'briefs/s');
  await context.close();
  // The seeding wrote around the app (no journal): the next open finds its stored index stale,
  // answers from it, rebuilds in the background and stores the new one for the cold opens.
  const reopened = await ctx.launch();
  await reopened.page.goto(`${ctx.url}#/library`);
  const rebuilt = await indexReady(reopened.page, { source: 'built', saved: true });
  ctx.report('index rebuilt from the records after outside writes (worker start → ready)', rebuilt.ms, 'ms');
  await reopened.context.close();
});

export interface IndexReady {
  /** Worker start → index ready. */
  ms: number;
  /** Navigation start → index ready. */
  sinceNavigation: number;
  documents: number;
  source: string;
}

/** Waits until the search worker reports an index ready (from `source`, when given), and stored afterwards when `saved`. */
export async function indexReady(page: Page, want: { source?: 'stored' | 'built'; saved?: boolean } = {}): Promise<IndexReady> {
  const wanted = await page.waitForFunction(
    ({ source, saved }) => {
      const entry = (performance.getEntriesByName('cy-index-build') as PerformanceMeasure[]).find((e) => !source || (e.detail as { source: string }).source === source);
      if (!entry) return null;
      const end = entry.startTime + entry.duration;
      if (saved && !performance.getEntriesByName('cy-index-saved').some((m) => m.startTime >= end)) return null;
      const detail = entry.detail as { documents: number; source: string };
      return { ms: entry.duration, sinceNavigation: end, documents: detail.documents, source: detail.source };
    },
    want,
    { timeout: 30 * 60_000, polling: 250 },
  );
  return (await wanted.jsonValue()) as IndexReady;
}

interface ColdOpen {
  context: BrowserContext;
  page: Page;
  firstRows: number;
  visible: number;
  launch: number;
  rows: number;
  index: { ready: IndexReady; longest: number; count: number; startupLongest: number };
  interactive: number;
  scriptKb: number;
}

/** One cold start on the profile: first rows, then the search index built behind them. */
async function coldOpen(ctx: BenchContext): Promise<ColdOpen> {
  const launched = performance.now();
  const { context, page } = await ctx.launch();
  await context.addInitScript(watchStartUp);
  const navigated = performance.now();
  await page.goto(`${ctx.url}#/library`);
  await page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').first().getByRole('link').waitFor();
  const visible = performance.now();
  const firstRows = await page.evaluate(() => performance.getEntriesByName('cy-first-rows')[0]?.startTime ?? NaN);
  const rows = await page.getByRole('list', { name: 'Briefs' }).getByRole('listitem').count();
  const started = await startUp(page, 'cy-first-rows');
  const ready = await indexReady(page);
  const tasks = await page.evaluate(({ ms, sinceNavigation }) => {
    const [from, to] = [sinceNavigation - ms, sinceNavigation];
    const all = (window as unknown as BenchWindow).__cyLongTasks;
    const during = all.filter((t) => t.start + t.duration >= from && t.start <= to);
    const startup = all.filter((t) => t.start < from);
    return { longest: Math.max(0, ...during.map((t) => t.duration)), count: during.length, startupLongest: Math.max(0, ...startup.map((t) => t.duration)) };
  }, ready);
  return { context, page, firstRows, visible: visible - navigated, launch: navigated - launched, rows, index: { ready, ...tasks }, ...started };
}

/** The same start-up on a profile of its own with nothing in it. */
async function emptyStartUp(ctx: BenchContext): Promise<number> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-empty-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(watchStartUp);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ctx.url}#/library`);
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    return (await startUp(page, null)).interactive;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

registerSection('cold open', async (ctx) => {
  const opens = await repeat(ctx.runs, async (run) => {
    const open = await coldOpen(ctx);
    // The last browser stays open for the sections that follow.
    if (run < ctx.runs - 1) await open.context.close();
    return open;
  });
  ctx.report('first rows drawn (since navigation start, in-page mark)', opens.map((o) => o.firstRows), 'ms', { max: 400 });
  ctx.report('first rows visible (goto → row seen by Playwright)', opens.map((o) => o.visible), 'ms');
  ctx.report('browser launch on the profile', opens.map((o) => o.launch), 'ms');
  ctx.report('row elements in the DOM', Math.max(...opens.map((o) => o.rows)), 'rows', { max: 100 });
  ctx.report('interactive: a key typed in Search is handled (from navigation)', opens.map((o) => o.interactive), 'ms');
  ctx.report('JavaScript loaded before first rows (decoded)', opens.map((o) => o.scriptKb), 'kB');
  ctx.report('interactive, empty library (fresh profile)', await repeat(ctx.runs, () => emptyStartUp(ctx)), 'ms');
  ctx.shared.set('opens', opens);
  const last = opens.at(-1)!;
  ctx.shared.set('context', last.context);
  ctx.shared.set('page', last.page);
});

registerSection('search index', async (ctx) => {
  const opens = ctx.shared.get('opens') as ColdOpen[] | undefined;
  if (!opens) throw new Error('the "cold open" section must run first');
  ctx.report('search ready after cold open (navigation → index answers)', opens.map((o) => o.index.ready.sinceNavigation), 'ms', { max: 1000 });
  ctx.report('index ready on cold open (worker start → ready)', opens.map((o) => o.index.ready.ms), 'ms');
  ctx.report('cold opens that read the stored index back (not rebuilt)', opens.filter((o) => o.index.ready.source === 'stored').length, `of ${opens.length}`);
  ctx.report('documents indexed (briefs + notes + items)', opens[0]!.index.ready.documents, 'docs');
  ctx.report('longest main-thread task while the index loads', opens.map((o) => o.index.longest), 'ms', { max: 50 });
  ctx.report('main-thread long tasks while the index loads', opens.map((o) => o.index.count), 'tasks');
  ctx.report('longest main-thread task before indexing (start-up)', opens.map((o) => o.index.startupLongest), 'ms', { max: 50 });
});

registerSection('search while typing', async (ctx) => {
  const page = openPage(ctx);
  const box = page.getByRole('searchbox', { name: 'Search' });
  const queries = QUERY_WORDS.flatMap((word) => [2, 3, 4, 5, 6].map((n) => word.slice(0, n)));
  const passes = await repeat(ctx.runs, async () => {
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
    return latencies;
  });
  ctx.report('queries per pass (prefixes of 20 words, 2–6 letters)', queries.length, 'queries');
  ctx.report('search latency p50 (query → results on the main thread)', passes.map((l) => percentile(l, 50)), 'ms');
  ctx.report('search latency p95', passes.map((l) => percentile(l, 95)), 'ms', { max: 10 });
  ctx.report('search latency max', passes.map((l) => percentile(l, 100)), 'ms');
});

registerSection('memory', async (ctx) => {
  const page = openPage(ctx);
  const cdp = await page.context().newCDPSession(page);
  const workers = await workerSessions(cdp);
  const heaps = await repeat(ctx.runs, async () => {
    const main = await heapAfterGc((method) => cdp.send(method as 'Runtime.getHeapUsage'));
    let worker = 0;
    for (const send of workers) worker += await heapAfterGc(send);
    return { main: main / 2 ** 20, worker: worker / 2 ** 20 };
  });
  ctx.report('renderer main-thread JS heap (CDP Runtime.getHeapUsage, after GC)', heaps.map((h) => h.main), 'MB');
  ctx.report(`search worker JS heap (${workers.length} worker, after GC)`, heaps.map((h) => h.worker), 'MB');
  ctx.report('JS heap, main thread + worker', heaps.map((h) => h.main + h.worker), 'MB', { max: 300 });
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
