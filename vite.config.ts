import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

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
    // headless.html is the CLI's automation page (renderer/src/headless.ts); the app never loads it.
    rollupOptions: { input: { index: page('index.html'), headless: page('headless.html') } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
