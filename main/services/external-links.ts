// The one way a URL leaves the app: https only, and never with embedded credentials.
import { fail, ok } from '../common/result.js';
import type { Result } from '../common/result.js';

/** Why a URL may not be opened in the system browser, or null when it may. */
export function externalUrlRefusal(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a valid URL';
  }
  if (parsed.protocol !== 'https:') return 'only https links open in the browser';
  if (parsed.username !== '' || parsed.password !== '') return 'links with embedded credentials are not opened';
  return null;
}

export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<Result<null>> {
  const refusal = externalUrlRefusal(url);
  if (refusal !== null) return fail('refused-url', `Not opened: ${refusal}.`);
  await openExternal(new URL(url).href);
  return ok(null);
}
