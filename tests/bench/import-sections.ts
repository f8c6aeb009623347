// Benchmark section for import throughput: generated web pages (head metadata, navigation, an
// article with headings, paragraphs and a table, footer links, a comments form) imported through
// the app's whole pipeline, against Readability + DOMPurify alone on the same pages.
import { registerSection, repeat } from './sections.js';
import { generateRecords } from './generate.js';
import { openHeadless, type HeadlessWindow } from './headless-page.js';
import type { BenchPage } from '../../main/common/headless-api.js';
import type { Brief } from '../../renderer/src/domain/types.js';
import { profiled, timeByStage, type StageRule } from './cpu-profile.js';

const PAGES = 200;
/** Well past the library's briefs, so the pages' texts are new ones. */
const FIRST_INDEX = 1_000_000;

/** The import's stages, named by the source files their time is spent in (first match wins). */
const STAGES: StageRule[] = [
  { stage: 'decode (encoding detection)', source: /importing\/encoding|jschardet/ },
  { stage: 'hand-off to the import workers (draft, suggestions)', source: /importing\/(draft|pdf)-|in-worker/ },
  { stage: 'extract (Readability)', source: /@mozilla\/readability|importing\/html|linkedom|htmlparser2/ },
  { stage: 'sanitize (DOMPurify)', source: /dompurify|importing\/sanitize/ },
  { stage: 'Markdown (Turndown)', source: /turndown|importing\/to-markdown/ },
  { stage: 'topics', source: /topic/ },
  { stage: 'items (suggested, on the main thread)', source: /domain\/items|data\/items/ },
  { stage: 'clean-up and metadata', source: /renderer\/src\/domain\/text/ },
  { stage: 'text for anchoring (marked)', source: /marked|renderer\/src\/rendering/ },
  { stage: 'store (Dexie, IndexedDB)', source: /dexie|renderer\/src\/data\// },
  { stage: 'garbage collection', source: /^\(garbage collector\)$/ },
  { stage: 'idle (waiting on workers and storage)', source: /^\(idle\)$/ },
  { stage: 'browser work outside any script', source: /^\(program\)$/ },
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function articleHtml(markdown: string): string {
  return markdown
    .split('\n\n')
    .map((block) => (block.startsWith('## ') ? `<h2>${escape(block.slice(3))}</h2>` : `<p>${escape(block)}</p>`))
    .join('\n');
}

/** A fictional quarterly figures table, so Readability and Turndown meet one. */
function table(brief: Brief): string {
  const rows = brief.topics.concat('total').map((topic, i) => `<tr><td>${escape(topic)}</td><td>${(i + 3) * 17}</td><td>${(i + 5) * 11}%</td></tr>`);
  return `<table><caption>Figures cited by ${escape(brief.source.name)}</caption><thead><tr><th>Area</th><th>Meetings</th><th>Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function webPage(brief: Brief): BenchPage {
  const [first, ...rest] = brief.markdown.split('\n\n## ');
  const slug = brief.id.replace(/[^a-z0-9]+/g, '-');
  const url = `https://news.example.org/${slug}`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(brief.title)} | ${escape(brief.source.name)}</title>
<meta name="description" content="${escape(brief.excerpt)}">
<meta name="author" content="${escape(brief.byline.replace(/^By /, ''))}">
<meta property="og:title" content="${escape(brief.title)}">
<meta property="og:site_name" content="${escape(brief.source.name)}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${brief.source.publishedAt ?? ''}">
<link rel="canonical" href="${url}">
<link rel="stylesheet" href="/assets/site.css"><script src="/assets/analytics.js"></script>
</head><body>
<header class="site-header"><a href="/" class="logo">${escape(brief.source.name)}</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<main><article class="story">
<h1>${escape(brief.title)}</h1>
<p class="byline">${escape(brief.byline)} · <time datetime="${brief.source.publishedAt ?? ''}">${brief.source.publishedAt ?? ''}</time></p>
<div class="share"><a href="/share/mail">Email</a> <a href="/share/print">Print</a></div>
${articleHtml(first ?? '')}
${table(brief)}
${articleHtml(rest.map((s) => `## ${s}`).join('\n\n'))}
<aside class="related"><h3>Related</h3><ul><li><a href="/a">More on ${escape(brief.topics[0] ?? 'this')}</a></li><li><a href="/b">Analysis</a></li></ul></aside>
</article>
<section class="comments"><h2>Comments</h2><p>Sign in to join the conversation.</p>
<form action="/comments" method="post"><textarea name="comment"></textarea><input name="name"><button type="submit">Post comment</button></form></section>
</main>
<footer><p>© ${escape(brief.source.name)}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/cookies">Cookie settings</a></li></ul>
<div class="newsletter">Subscribe to our newsletter for daily updates.</div></footer>
<script>window.dataLayer = [];</script>
</body></html>`;
  return { name: `${slug}.html`, html };
}

registerSection('import throughput', async (ctx) => {
  const { context, page } = await ctx.launch();
  try {
    await openHeadless(page, ctx.url);
    // Each run imports pages of its own: a page seen before would be skipped as a duplicate.
    const runs = await repeat(ctx.runs, async (run) => {
      const pages = generateRecords(FIRST_INDEX + run * PAGES, PAGES, { words: 800, seed: 11 }).briefs.map(webPage);
      const timings = await page.evaluate((pages) => (window as unknown as HeadlessWindow).chanceryHeadless.benchImport(pages), pages);
      return { ...timings, kb: pages.reduce((sum, p) => sum + p.html.length, 0) / pages.length / 1024 };
    });
    const [first] = runs;
    ctx.report(`pages (about ${first!.kb.toFixed(0)} KB of HTML each), imported`, first!.imported, `of ${first!.pages}`);
    ctx.report('full import (decode → … → stored, with topics and items)', runs.map((t) => t.pages / (t.importMs / 1000)), 'docs/s');
    ctx.report('Readability + DOMPurify alone', runs.map((t) => t.pages / (t.extractMs / 1000)), 'docs/s');
    ctx.report('full import ÷ Readability + DOMPurify (time per document)', runs.map((t) => t.importMs / t.extractMs), '×', { max: 2 });

    // One more run under the profiler, apart from the timed ones (sampling slows it a little).
    const pages = generateRecords(FIRST_INDEX + ctx.runs * PAGES, PAGES, { words: 800, seed: 11 }).briefs.map(webPage);
    const { result, profile } = await profiled(page, () => page.evaluate((p) => (window as unknown as HeadlessWindow).chanceryHeadless.benchImport(p), pages));
    console.log(`  where the full import's main-thread time goes (CPU profile, ms per document; ${(result.importMs / PAGES).toFixed(1)} ms in all):`);
    const baseline = result.extractMs / PAGES;
    for (const [stage, ms] of await timeByStage(profile, 'dist/renderer', STAGES)) {
      if (ms / PAGES >= 0.05) console.log(`    ${stage.padEnd(60)} ${(ms / PAGES).toFixed(2).padStart(8)} ms`);
    }
    console.log(`    (the profile spans both halves of benchImport; Readability + DOMPurify alone took ${baseline.toFixed(1)} ms per document)`);
  } finally {
    await context.close();
  }
});
