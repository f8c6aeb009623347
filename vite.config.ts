import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { scriptFontsPlugin } from './scripts/script-fonts.mjs';

const page = (name: string): string => fileURLToPath(new URL(`./renderer/${name}`, import.meta.url));

export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    // Fonts stay files: the CSP's font-src is 'self', so a data: URL for a small subset would never load.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    // headless.html is the CLI's automation page (renderer/src/headless.ts); the app never loads it.
    rollupOptions: { input: { index: page('index.html'), headless: page('headless.html') } },
  },
  plugins: [scriptFontsPlugin()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
