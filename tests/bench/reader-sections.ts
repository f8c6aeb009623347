// Benchmark section for the reader: opening a small and a large brief in the app (text painted,
// then every highlight painted), and re-anchoring the large brief's annotations after an edit.
// Selectors are described over the text the reader shows, as the app itself would store them.
import type { Page } from '@playwright/test';
import { registerSection } from './sections.js';
import { generateRecords, NESTED_LIST } from './generate.js';
import { writeRecords } from './seed.js';
import { openHeadless, type HeadlessWindow } from './headless-page.js';
import { describeRange } from '../../renderer/src/domain/anchoring/index.js';
import type { Annotation, Brief } from '../../renderer/src/domain/types.js';

/** Generated text runs about seven characters a word. */
const CHARS_PER_WORD = 7;

const CASES = [
  { bytes: 6 * 1024, annotations: 10 },
  { bytes: 300 * 1024, annotations: 200 },
];

/**
 * `count` annotations spread evenly over the text, each a run of whole words inside one line, so
 * each paints as exactly one mark.
 */
function spreadAnnotations(brief: Brief, text: string, count: number): Annotation[] {
  const out: Annotation[] = [];
  const step = Math.floor(text.length / count);
  // 20–40 characters inside one line, starting and ending at a word.
  const words = / ([^ \n][^\n]{18,38}[^ \n])(?= )/g;
  for (let k = 0; k < count; k++) {
    words.lastIndex = k * step;
    const found = words.exec(text);
    const from = found ? found.index + 1 : -1;
    const end = from + (found?.[1]?.length ?? 0);
    if (!found || end > (k + 1) * step) throw new Error(`no room for annotation ${k} in ${brief.id}`);
    out.push({
      id: `${brief.id}-hl-${k}`,
      briefId: brief.id,
      selector: describeRange(text, from, end),
      color: (['yellow', 'green', 'blue', 'pink'] as const)[k % 4]!,
      note: k % 5 === 0 ? `Fictional note ${k}: check the ${brief.topics[0] ?? 'trade'} figures.` : '',
      tags: [],
      createdAt: brief.importedAt,
      updatedAt: brief.importedAt,
      orphaned: false,
    });
  }
  return out;
}

/** An edit touching the whole text: a paragraph added at the top, one dropped, a word changed in many. */
function edited(markdown: string): string {
  const blocks = markdown.split('\n\n');
  const changed = blocks
    .filter((_, i) => i !== Math.floor(blocks.length / 2))
    .map((b, i) => (i % 7 === 3 ? b.replace(' the ', ' that ') : b));
  return ['An editor added this fictional opening paragraph before the text.', ...changed].join('\n\n');
}

/** Milliseconds from a route change to the reader's body having text, then to `marks` highlights. */
async function timeOpen(page: Page, url: string, briefId: string, marks: number): Promise<{ text: number; highlights: number }> {
  await page.goto(`${url}#/library`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page.evaluate(
    ({ briefId, marks }) =>
      new Promise<{ text: number; highlights: number }>((resolve, reject) => {
        const findBody = (root: Document | ShadowRoot): Element | null => {
          const reader = root.querySelector('cy-brief-reader');
          if (reader) return reader.shadowRoot?.querySelector('.body') ?? null;
          for (const el of root.querySelectorAll('*')) {
            const found = el.shadowRoot ? findBody(el.shadowRoot) : null;
            if (found) return found;
          }
          return null;
        };
        const started = performance.now();
        let text = NaN;
        const giveUp = setTimeout(() => reject(new Error(`brief ${briefId} did not open within 60 s`)), 60_000);
        const frame = () => {
          const body = findBody(document);
          if (Number.isNaN(text) && body?.textContent) text = performance.now() - started;
          if (body && body.querySelectorAll('mark.cy-hl').length >= marks) {
            clearTimeout(giveUp);
            resolve({ text, highlights: performance.now() - started });
          } else requestAnimationFrame(frame);
        };
        location.hash = `#/brief/${encodeURIComponent(briefId)}`;
        requestAnimationFrame(frame);
      }),
    { briefId, marks },
  );
}

registerSection('reader', async (ctx) => {
  const { context, page: headless } = await ctx.launch();
  try {
    await openHeadless(headless, ctx.url);
    const app = await context.newPage();
    for (const [n, c] of CASES.entries()) {
      const brief = generateRecords(2_000_000 + n, 1, { words: Math.round(c.bytes / CHARS_PER_WORD), seed: 13, notes: 0, items: 0 }).briefs[0]!;
      const text = await headless.evaluate((md) => (window as unknown as HeadlessWindow).chanceryHeadless.renderedText(md), brief.markdown);
      const annotations = spreadAnnotations(brief, text, c.annotations);
      const label = `${(brief.markdown.length / 1024).toFixed(0)} KB brief, ${c.annotations} annotations`;
      await writeRecords(headless, { briefs: [brief], annotations, items: [] });
      const opens: { text: number; highlights: number }[] = [];
      for (let i = 0; i < ctx.runs; i++) opens.push(await timeOpen(app, ctx.url, brief.id, c.annotations));
      ctx.report(`${label}: text painted`, opens.map((o) => o.text), 'ms');
      ctx.report(`${label}: all highlights painted`, opens.map((o) => o.highlights), 'ms');
      if (c.annotations < 100) continue;
      const timings = await headless.evaluate(
        ({ id, md }) => (window as unknown as HeadlessWindow).chanceryHeadless.benchReanchor(id, md),
        { id: brief.id, md: edited(brief.markdown) },
      );
      ctx.report(`edit of the ${label}: re-anchoring (reanchorAll)`, timings.reanchorMs / timings.annotations, 'ms/annotation');
      ctx.report('  whole save (render text, re-anchor, write)', timings.saveMs, 'ms');
      ctx.report('  annotations orphaned by the edit', timings.orphaned, `of ${timings.annotations}`);
    }
  } finally {
    await context.close();
  }
});

interface LongTaskWindow extends Window {
  longTasks: number[];
}

// A brief marked cannot lay out in time: the reader must show it as plain text with a notice,
// and the window must keep answering (no main-thread task near the parser's limit).
registerSection('reader: pathologically nested brief', async (ctx) => {
  const { context, page: headless } = await ctx.launch();
  try {
    await openHeadless(headless, ctx.url);
    const base = generateRecords(2_100_000, 1, { words: 20, notes: 0, items: 0, seed: 17 }).briefs[0]!;
    const brief = { ...base, markdown: NESTED_LIST, contentHash: `${base.contentHash}-nested`, wordCount: NESTED_LIST.split(/\s+/).length };
    const app = await context.newPage();
    await app.addInitScript(() => {
      const w = window as unknown as LongTaskWindow;
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    // Opening the app first creates the database when this section runs on its own.
    await app.goto(`${ctx.url}#/library`);
    await app.getByRole('navigation', { name: 'Main' }).waitFor();
    await writeRecords(headless, { briefs: [brief], annotations: [], items: [] });
    await app.evaluate(() => ((window as unknown as LongTaskWindow).longTasks = []));
    const started = Date.now();
    await app.evaluate((id) => (location.hash = `#/brief/${encodeURIComponent(id)}`), brief.id);
    await app.getByRole('status').filter({ hasText: 'shown exactly as stored' }).waitFor({ timeout: 60_000 });
    ctx.report('1 MB nested list: opening to the plain-text notice', Date.now() - started, 'ms', { max: 10_000 });
    const longest = await app.evaluate(() => Math.max(0, ...(window as unknown as LongTaskWindow).longTasks));
    ctx.report('  longest main-thread task while opening', longest, 'ms', { max: 2_500 });
  } finally {
    await context.close();
  }
});
