// `npm run preview`: serves the built renderer on loopback so Chancery runs in any Chromium
// browser. The server itself is TypeScript (main/headless/static-server.ts), bundled by
// `node scripts/build.mjs --preview`, so the path guard and CSP exist once.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
const serverModule = new URL('../dist/headless/static-server.js', import.meta.url);

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Chancery preview could not start: PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(fileURLToPath(serverModule)) || !existsSync(`${root}index.html`)) {
  console.error('Chancery preview could not start: the build is missing; run `npm run preview` (it builds first).');
  process.exit(1);
}

const { startStaticServer } = await import(serverModule.href);
try {
  const server = await startStaticServer({ root, port, host: '127.0.0.1' });
  console.log(`Chancery preview: ${server.url} (open it in a Chromium browser; Ctrl+C stops it)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const reason = error && error.code === 'EADDRINUSE' ? `port ${port} is in use (set PORT to another one)` : String(error);
  console.error(`Chancery preview could not start: ${reason}.`);
  process.exit(1);
}
