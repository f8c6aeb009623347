// `npm run bench [-- --briefs 10000] [-- --runs 5] [-- --only fill,cold] [-- --profile DIR]`: measures Chancery against a generated
// library in a persistent Chromium profile and prints each figure beside its target. It never
// fails on a figure: wall-clock targets are for people to read, not for CI to assert.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../main/headless/static-server.js';
import { chromiumPath } from '../harness/chromium.js';
import { percentile, sections, type BenchContext, type Target } from './sections.js';
import './library-sections.js';
import './pdf-sections.js';
import './import-sections.js';
import './reader-sections.js';
import './heavy-input-sections.js';
import './hostile-input-sections.js';
import './unstored-index-section.js';
import './search-engines-section.js';
import './suggestion-sections.js';

const { values } = parseArgs({ options: { briefs: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' }, only: { type: 'string' }, profile: { type: 'string' } } });
// --only "fill,cold open,search" runs the sections whose names contain one of the words (in their order).
const only = values.only?.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
const briefs = Number(values.briefs);
const runs = Number(values.runs);
for (const [flag, n] of [['briefs', briefs], ['runs', runs]] as const) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${flag} must be a positive whole number, not "${values[flag]}".`);
    process.exit(1);
  }
}

const format = (n: number) => (Number.isNaN(n) ? 'n/a' : n >= 100 || Number.isInteger(n) ? Math.round(n).toLocaleString('en') : n.toFixed(1));

function report(name: string, measured: number | readonly number[], unit: string, target?: Target): void {
  const runs = typeof measured === 'number' ? [measured] : [...measured];
  const value = percentile(runs, 50);
  const spread = runs.length > 1 ? `(${format(Math.min(...runs))}–${format(Math.max(...runs))}, n=${runs.length})` : '';
  const figure = `${format(value)} ${unit}`;
  const verdict = target ? `target ≤ ${format(target.max)} ${unit}: ${value <= target.max ? 'met' : 'MISSED'}` : '';
  console.log(`  ${name.padEnd(64)} ${figure.padStart(14)} ${spread.padEnd(24)} ${verdict}`);
}

const profile = values.profile ?? (await mkdtemp(path.join(os.tmpdir(), 'chancery-bench-')));
const server = await startStaticServer({ root: path.resolve('dist/renderer') });
const ctx: BenchContext = {
  url: server.url,
  profile,
  briefs,
  runs,
  shared: new Map(),
  report,
  async launch() {
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), viewport: { width: 1280, height: 800 } });
    return { context, page: context.pages()[0] ?? (await context.newPage()) };
  },
};

console.log(`Chancery benchmark: ${briefs.toLocaleString('en')} briefs, ${runs} runs of each timed figure (median, then lowest–highest), profile ${profile}, ${os.cpus().length} CPUs`);
const [load] = os.loadavg();
console.log(`Load average (1 min) at start: ${load!.toFixed(2)}${load! > os.cpus().length / 2 ? ' — the machine is busy: figures will read slow' : ''}`);
try {
  for (const section of sections.filter((s) => !only || only.some((w) => s.name.toLowerCase().includes(w)))) {
    console.log(`\n${section.name}`);
    const started = performance.now();
    await section.run(ctx);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await server.close();
  if (!values.profile) await rm(profile, { recursive: true, force: true });
}
