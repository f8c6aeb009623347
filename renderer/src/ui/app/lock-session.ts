// Whether the app may show the library: 'checking' until the library has opened, 'locked' while a
// protected library has no key, 'open' otherwise. Locking tells the shell first (it unmounts every
// view and so every live query and object URL), then forgets the key and ends the search worker,
// whose index holds the library's words.
import { appProtection } from '../../data/library-protection.js';
import { searchClient } from '../../search/search-client.js';

export type LockState = 'checking' | 'locked' | 'open';

let state: LockState = 'checking';
const listeners = new Set<(state: LockState) => void>();

export const lockState = (): LockState => state;

export function onLockChange(listener: (state: LockState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: LockState): void {
  if (next === state) return;
  state = next;
  listeners.forEach((l) => l(state));
}

/** Once the library has opened (or failed to): locked when it is protected and no key is held. */
export async function settleLockState(): Promise<void> {
  set((await appProtection.status().catch(() => 'off')) === 'locked' ? 'locked' : 'open');
}

/** Locks a protected, unlocked library; false when there is nothing to lock (protection is off). */
export async function lockNow(): Promise<boolean> {
  if ((await appProtection.status()) !== 'unlocked') return false;
  set('locked');
  appProtection.lock();
  searchClient().stop();
  return true;
}

/** Unlocks with `passphrase`; throws PassphraseError (nothing changed) when it is wrong. */
export async function unlock(passphrase: string): Promise<void> {
  await appProtection.unlock(passphrase);
  set('open');
}

/** Resolves once the library may be shown (at once when it already may). */
export function whenOpen(): Promise<void> {
  if (state === 'open') return Promise.resolve();
  return new Promise((resolve) => {
    const off = onLockChange((s) => {
      if (s !== 'open') return;
      off();
      resolve();
    });
  });
}
