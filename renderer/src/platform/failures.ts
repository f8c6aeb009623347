// Failed results from the desktop host, for the error panel: the platform reports them here and
// the UI listens, so the platform layer never depends on the UI.
import type { Result } from '../../../main/common/result.js';

export interface PlatformFailure {
  /** The bridge function that failed, e.g. 'exportBookPdf'. */
  call: string;
  code: string;
  message: string;
}

const listeners = new Set<(failure: PlatformFailure) => void>();

export function onPlatformFailure(listener: (failure: PlatformFailure) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Passes the result through unchanged, telling the listeners first when it failed. */
export async function watched<T>(call: string, pending: Promise<Result<T>>): Promise<Result<T>> {
  const result = await pending;
  if (!result.ok) listeners.forEach((listener) => listener({ call, code: result.error.code, message: result.error.message }));
  return result;
}
