// What may leave the app for the system browser: an https URL of bounded length with no user
// name or password in it (a `user:pw@host` link can disguise its real host, and hands secrets on).
// Environment-neutral, so the IPC schema and the main-process services share one rule.

/** Longer links are refused: no page the app shows needs more, and the limit bounds what is parsed. */
export const MAX_EXTERNAL_URL_CHARS = 2048;

/** Why a URL may not be opened in the system browser, or null when it may. */
export function externalUrlRefusal(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_CHARS) return `it is longer than ${MAX_EXTERNAL_URL_CHARS} characters`;
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
