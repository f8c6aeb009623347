// `npm run bench [-- --briefs 10000] [-- --profile DIR]`: measures Chancery against a generated
// library in a persistent Chromium profile and prints each figure beside its target. It never
// fails on a figure: wall-clock targets are for people to read, not for CI to assert.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../../main/headless/static-server.js';
import { chromiumPath } from '../harness/chromium.js';
import { sections, type BenchContext, type Target } from './sections.js';
import './library-sections.js';
import './pdf-sections.js';
import './import-sections.js';
import './reader-sections.js';
import './heavy-input-sections.js';
import './hostile-input-sections.js';

const { values } = parseArgs({ options: { briefs: { type: 'string', default: '2000' }, profile: { type: 'string' } } });
const briefs = Number(values.briefs);
if (!Number.isInteger(briefs) || briefs < 1) {
  console.error(`--briefs must be a positive whole number, not "${values.briefs}".`);
  process.exit(1);
}

const format = (n: number) => (Number.isNaN(n) ? 'n/a' : n >= 100 || Number.isInteger(n) ? Math.round(n).toLocaleString('en') : n.toFixed(1));

function report(name: string, value: number, unit: string, target?: Target): void {
  const figure = `${format(value)} ${unit}`;
  const verdict = target ? `target ≤ ${format(target.max)} ${unit}: ${value <= target.max ? 'met' : 'MISSED'}` : '';
  console.log(`  ${name.padEnd(64)} ${figure.padStart(14)}   ${verdict}`);
}

const profile = values.profile ?? (await mkdtemp(path.join(os.tmpdir(), 'chancery-bench-')));
const server = await startStaticServer({ root: path.resolve('dist/renderer') });
const ctx: BenchContext = {
  url: server.url,
  profile,
  briefs,
  shared: new Map(),
  report,
  async launch() {
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), viewport: { width: 1280, height: 800 } });
    return { context, page: context.pages()[0] ?? (await context.newPage()) };
  },
};

console.log(`Chancery benchmark: ${briefs.toLocaleString('en')} briefs, profile ${profile}, ${os.cpus().length} CPUs`);
try {
  for (const section of sections) {
    console.log(`\n${section.name}`);
    const started = performance.now();
    await section.run(ctx);
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await server.close();
  if (!values.profile) await rm(profile, { recursive: true, force: true });
}
