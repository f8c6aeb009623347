// The one way a URL leaves the app: https only, and never with embedded credentials.
import { externalUrlRefusal } from '../common/external-url.js';
import { fail, ok } from '../common/result.js';
import type { Result } from '../common/result.js';

export { externalUrlRefusal };

export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<Result<null>> {
  const refusal = externalUrlRefusal(url);
  if (refusal !== null) return fail('refused-url', `Not opened: ${refusal}.`);
  await openExternal(new URL(url).href);
  return ok(null);
}
