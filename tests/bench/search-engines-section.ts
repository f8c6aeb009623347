// Our search index beside MiniSearch and FlexSearch, in this Node process, on the same generated
// documents and the same queries: build time, heap, and query latency while typing and with a
// typo. Each engine is built and measured in turn, then dropped before the next one.
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { parseQuery } from '../../renderer/src/domain/search/query.js';
import { SearchIndex, type SearchDoc } from '../../renderer/src/search/search-index.js';
import { briefDoc, itemDoc, noteDoc } from '../../renderer/src/search/documents.js';
import { generateRecords, QUERY_WORDS } from './generate.js';
import { percentile, registerSection, repeat } from './sections.js';

interface Engine {
  name: string;
  build(docs: SearchDoc[]): void;
  /** Runs one query the way the search box does (the last word may be a prefix). */
  query(text: string, typing: boolean): number;
}

function documents(briefs: number): SearchDoc[] {
  const { briefs: b, annotations, items } = generateRecords(0, briefs, { words: 1000, notes: 1, items: 1 });
  return [...b.map(briefDoc), ...annotations.map(noteDoc), ...items.map(itemDoc)].filter((d): d is SearchDoc => d !== null);
}

function ours(): Engine {
  let index = new SearchIndex();
  return {
    name: 'Chancery (ours)',
    build(docs) {
      index = new SearchIndex();
      for (const d of docs) index.upsert(d);
      index.prepare();
    },
    query(text, typing) {
      const { groups } = index.search(parseQuery(text, { typing }));
      return groups.brief.length + groups.note.length + groups.item.length;
    },
  };
}

function miniSearch(): Engine {
  let index: MiniSearch<SearchDoc> | null = null;
  return {
    name: 'MiniSearch',
    build(docs) {
      index = new MiniSearch<SearchDoc>({ fields: ['title', 'text', 'topics', 'tags'], extractField: (d, f) => String(d[f as keyof SearchDoc] ?? '') });
      index.addAll(docs);
    },
    query(text, typing) {
      // The same promise as ours: every word, the last one completed while typing, one typo in long words.
      return index!.search(text, { combineWith: 'AND', prefix: (_t, i, all) => typing && i === all.length - 1, fuzzy: (t) => (t.length >= 5 ? 1 : 0) }).slice(0, 60).length;
    },
  };
}

function flexSearch(): Engine {
  let index: InstanceType<typeof FlexSearch.Index> | null = null;
  return {
    name: 'FlexSearch (forward tokenizer)',
    build(docs) {
      index = new FlexSearch.Index({ tokenize: 'forward' });
      docs.forEach((d, i) => index!.add(i, `${d.title}\n${d.text}\n${d.topics.join(' ')}\n${d.tags.join(' ')}`));
    },
    query(text) {
      return (index!.search(text, { limit: 60 }) as unknown[]).length;
    },
  };
}

/** The used heap after a collection, when Node runs with --expose-gc; NaN otherwise. */
function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A word with one letter dropped from its middle: the commonest typo. */
const typo = (word: string) => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1);

registerSection('search engines side by side (Node, same documents and queries)', async (ctx) => {
  const docs = documents(Math.min(ctx.briefs, 10_000));
  ctx.report('documents (briefs + notes + items)', docs.length, 'docs');
  const typing = QUERY_WORDS.flatMap((word) => [2, 3, 4, 5, 6].map((n) => word.slice(0, n)));
  const typos = QUERY_WORDS.filter((w) => w.length >= 6).map(typo);
  for (const engine of [ours(), miniSearch(), flexSearch()]) {
    const time = (queries: string[], asTyping: boolean) =>
      queries.map((q) => {
        const t0 = performance.now();
        engine.query(q, asTyping);
        return performance.now() - t0;
      });
    const runs = await repeat(ctx.runs, async () => {
      engine.build([]);
      const before = heapMb();
      const started = performance.now();
      engine.build(docs);
      const built = performance.now() - started;
      return { built, heap: heapMb() - before, typing: time(typing, true), typos: time(typos, false) };
    });
    const found = typos.filter((q) => engine.query(q, false) > 0).length;
    console.log(`  ${engine.name}`);
    ctx.report('  index build', runs.map((r) => r.built), 'ms');
    ctx.report('  heap held by the index (after GC)', runs.map((r) => r.heap), 'MB');
    ctx.report('  query while typing p50', runs.map((r) => percentile(r.typing, 50)), 'ms');
    ctx.report('  query while typing p95', runs.map((r) => percentile(r.typing, 95)), 'ms');
    ctx.report('  query with one typo p95', runs.map((r) => percentile(r.typos, 95)), 'ms');
    ctx.report(`  typo queries that find something (of ${typos.length})`, found, 'queries');
    engine.build([]);
  }
});
