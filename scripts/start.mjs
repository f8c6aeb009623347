// `npm start` (after the build): runs the app in Electron. `require('electron')` returns the
// binary's path and, when the binary is missing, first tries to download it (Electron >= 42).
// That happens in a child process with a time limit, so a machine without network access gets
// one clear sentence instead of a stack trace or a long hang.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// A real download is ~100 MB; an unreachable mirror fails well within this.
const RESOLVE_TIMEOUT_MS = 5 * 60 * 1000;
const UNAVAILABLE =
  'Chancery could not start: the Electron binary is not available on this machine (it cannot be downloaded here); ' +
  'run `npm run preview` to use Chancery in any Chromium browser instead.';

function unavailable() {
  console.error(UNAVAILABLE);
  process.exit(1);
}

/** The Electron binary's path, or null. Runs in its own process group so a timeout ends the download too. */
function resolveElectronBinary() {
  const script = "process.stdout.write('\\n' + require('electron'))";
  const ownGroup = process.platform !== 'win32'; // Windows would open a console window instead
  const child = spawn(process.execPath, ['-e', script], { cwd: root, detached: ownGroup, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (ownGroup) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
      resolve(null);
    }, RESOLVE_TIMEOUT_MS);
    child.once('error', () => resolve(null));
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? (output.trim().split('\n').at(-1) ?? null) : null);
    });
  });
}

const binary = await resolveElectronBinary();
if (!binary || !existsSync(binary)) unavailable();

const electron = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
electron.once('error', unavailable);
electron.once('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => electron.kill(signal));
