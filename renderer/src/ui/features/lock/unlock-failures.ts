// Wrong passphrases in a row, kept in localStorage so a reload does not reset the wait they
// impose. It holds two numbers and nothing about the library; it lives outside IndexedDB because
// the library cannot be written while it is locked.
import { NO_FAILURES, parseFailures, recordFailure, waitLeft, type UnlockFailures } from '../../../domain/lock/slowdown.js';

const STORE_KEY = 'chancery.unlock-failures';

function read(): UnlockFailures {
  try {
    return parseFailures(JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null'));
  } catch {
    return NO_FAILURES;
  }
}

/** Milliseconds before another passphrase may be tried. */
export const unlockWaitLeft = (now = Date.now()): number => waitLeft(read(), now);

/** Counts a wrong passphrase; returns the wait it imposes. */
export function noteWrongPassphrase(now = Date.now()): number {
  const next = recordFailure(read(), now);
  localStorage.setItem(STORE_KEY, JSON.stringify(next));
  return waitLeft(next, now);
}

export function clearUnlockFailures(): void {
  localStorage.removeItem(STORE_KEY);
}
