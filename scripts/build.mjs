// Builds what the commands need: the renderer bundle (Vite), the Electron main process and
// preload (esbuild, CommonJS), and the headless tools (esbuild, ESM for Node).
// Flags: --renderer, --main, --headless, --preview pick parts; none means all.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';

const flags = new Set(process.argv.slice(2));
const all = !['--renderer', '--main', '--headless', '--preview'].some((f) => flags.has(f));
const want = (f) => all || flags.has(f);

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

if (want('--renderer')) {
  await rm('dist/renderer', { recursive: true, force: true });
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
if (want('--main')) {
  await esbuild({ ...node, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.cjs', format: 'cjs', external: ['electron'] });
  // The preload runs sandboxed: one self-contained CommonJS file.
  await esbuild({ ...node, entryPoints: ['main/preload/index.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs', external: ['electron'] });
}
if (want('--headless')) {
  await esbuild({
    ...node,
    entryPoints: { cli: 'main/headless/cli.ts', bench: 'tests/bench/bench.ts' },
    outdir: 'dist/headless',
    format: 'esm',
    packages: 'external',
  });
}
if (want('--preview')) {
  // The static server behind `npm run preview` (scripts/preview.mjs imports it).
  await esbuild({ ...node, entryPoints: ['main/headless/static-server.ts'], outfile: 'dist/headless/static-server.js', format: 'esm' });
}
