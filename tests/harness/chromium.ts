import { existsSync } from 'node:fs';

/** Debian's Chromium; the direct binary avoids the wrapper script's warning. Never a downloaded browser. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
}
