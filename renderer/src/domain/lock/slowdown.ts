// How long the lock screen makes a person wait after wrong passphrases: nothing before the first
// failure, then a delay that doubles with each one, up to a ceiling. Argon2id already makes each
// guess slow; this makes a run of guesses at the keyboard slower still. The failures are kept
// across reloads (see ui/app/unlock-failures.ts), so reloading does not reset the wait.

export interface UnlockFailures {
  /** Wrong passphrases in a row since the last successful unlock. */
  count: number;
  /** When the last one was entered (ms since the epoch). */
  lastAt: number;
}

export const NO_FAILURES: UnlockFailures = { count: 0, lastAt: 0 };

const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait imposed after `count` wrong passphrases in a row: 0, 1 s, 2 s, 4 s … up to 5 minutes. */
export function delayAfter(count: number): number {
  if (count <= 0) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(count - 1, 30), MAX_DELAY_MS);
}

/**
 * Milliseconds left before another passphrase may be tried. A clock set back (lastAt in the
 * future) never lengthens the wait beyond one full delay.
 */
export function waitLeft(failures: UnlockFailures, now: number): number {
  const delay = delayAfter(failures.count);
  const since = Math.max(0, now - failures.lastAt);
  return Math.max(0, delay - since);
}

export const recordFailure = (failures: UnlockFailures, now: number): UnlockFailures => ({ count: failures.count + 1, lastAt: now });

/** Failures read back from storage, checked; anything unusable counts as none. */
export function parseFailures(raw: unknown): UnlockFailures {
  const f = raw as Partial<UnlockFailures> | null;
  const ok = typeof f === 'object' && f !== null && Number.isInteger(f.count) && (f.count as number) >= 0 && Number.isFinite(f.lastAt);
  return ok ? { count: Math.min(f.count as number, 1_000), lastAt: f.lastAt as number } : NO_FAILURES;
}
