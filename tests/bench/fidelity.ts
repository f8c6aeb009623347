// `npm run fidelity [-- --pages]`: imports the shared scraped pages as plain text and prints the
// issue-14 figures beside their goals, then each seed's title. `--pages` lists every page.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PAGES_DIR, SEEDS_DIR, scorePages, scoreSeeds } from './fidelity-corpus.js';
import { summarize } from './fidelity-score.js';
import { scoreTopics, TOPICS_DIR } from './topics-corpus.js';

const { values } = parseArgs({ options: { pages: { type: 'boolean', default: false } } });
const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
const two = (n: number) => n.toFixed(2);

if (!existsSync(PAGES_DIR)) {
  console.error(`No pages to measure: ${PAGES_DIR} does not exist.`);
  process.exit(1);
}
const pages = await scorePages();
if (values.pages) {
  for (const p of pages) {
    console.log(`${p.titleRight ? 'ok ' : 'BAD'} r=${two(p.recall)} p=${two(p.precision)} ${p.name.padEnd(34)} ${JSON.stringify(p.title.slice(0, 70))}`);
    if (!p.titleRight) console.log(`${' '.repeat(52)}want ${JSON.stringify(p.expectedTitle.slice(0, 70))}`);
    if (p.bylineRight === false) console.log(`${' '.repeat(52)}byline ${JSON.stringify(p.byline)}`);
    if (p.sourceRight === false) console.log(`${' '.repeat(52)}source ${JSON.stringify(p.source)}`);
    if (p.dateRight === false) console.log(`${' '.repeat(52)}date ${String(p.publishedAt)}`);
  }
  console.log('');
}
const s = summarize(pages);
const row = (name: string, value: string, goal: string, met: boolean) => console.log(`  ${name.padEnd(28)} ${value.padStart(6)}   goal ${goal}: ${met ? 'met' : 'MISSED'}`);
console.log(`Import fidelity on ${s.pages} scraped pages (${PAGES_DIR})`);
row('titles right', pct(s.titlesRight), '≥ 80%', s.titlesRight >= 0.8);
const reachable = pages.filter((p) => p.titleInText);
console.log(`    (${reachable.filter((p) => p.titleRight).length} of the ${reachable.length} pages whose expected title appears in the copied text at all: ${pct(reachable.filter((p) => p.titleRight).length / reachable.length)})`);
row('median word recall', two(s.medianRecall), '≥ 0.97', s.medianRecall >= 0.97);
row('median word precision', two(s.medianPrecision), '≥ 0.92', s.medianPrecision >= 0.92);
row('lower-quartile precision', two(s.lowerQuartilePrecision), '≥ 0.80', s.lowerQuartilePrecision >= 0.8);
const share = (flags: (boolean | null)[]) => {
  const known = flags.filter((f) => f !== null);
  return `${known.filter(Boolean).length} of ${known.length}`;
};
console.log(`  bylines right: ${share(pages.map((p) => p.bylineRight))} pages that give one; dates right: ${share(pages.map((p) => p.dateRight))}; sources right: ${share(pages.map((p) => p.sourceRight))}`);

if (existsSync(SEEDS_DIR)) {
  console.log('\nSeeds (no reference text: "prose share" is the share of kept words from prose lines, a lower bound on precision)');
  for (const seed of await scoreSeeds()) {
    console.log(`  ${seed.name.slice(0, 3)}  prose share ${two(seed.proseShare)}  removed ${String(seed.removedLines).padStart(3)} lines  title ${JSON.stringify(seed.title)} (${seed.origins.title ?? 'unknown'})`);
    console.log(`       byline ${JSON.stringify(seed.byline)}  source ${JSON.stringify(seed.source)}  date ${String(seed.publishedAt)}`);
  }
}

const topics = await scoreTopics();
console.log(`\nTopics on ${topics.briefs.length} labelled briefs (${TOPICS_DIR} and the seeds)`);
row('topic precision', two(topics.precision), '≥ 0.80', topics.precision >= 0.8);
row('topic recall', two(topics.recall), '≥ 0.80', topics.recall >= 0.8);
for (const b of topics.briefs.filter((b) => !(b.got.length === b.expected.length && b.got.every((t) => b.expected.includes(t))))) {
  console.log(`    ${b.name}: labelled ${b.expected.join(', ')}; tagged ${b.got.join(', ') || 'none'}`);
}
