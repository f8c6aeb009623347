// The one way a URL leaves the app: https only, never with embedded credentials, and (for
// requests the renderer has not already confirmed in its link dialog) only after the user says so.
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

/** The subset of Electron's MessageBoxOptions the question uses (main/services never imports Electron). */
export interface LinkQuestion {
  type: 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

export interface ConfirmedOpenDeps {
  /** dialog.showMessageBox, parented to the app's window. */
  showMessageBox: (question: LinkQuestion) => Promise<{ response: number }>;
  openExternal: (url: string) => Promise<void>;
}

const OPEN_BUTTON = 1;

/** The native question asked before a link leaves the app: the host first, the full address below. */
export function linkQuestion(url: URL): LinkQuestion {
  return {
    type: 'question',
    title: 'Leave Chancery?',
    message: `Open ${url.host} in your web browser?`,
    detail: `The link leads outside Chancery. Open it only if you trust this site.\n\nFull address:\n${url.href}`,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Opens a URL in the system browser after the user confirms; refused URLs are never asked about. */
export async function openExternalAfterConfirming(url: string, deps: ConfirmedOpenDeps): Promise<Result<null>> {
  const refusal = externalUrlRefusal(url);
  if (refusal !== null) return fail('refused-url', `Not opened: ${refusal}.`);
  const { response } = await deps.showMessageBox(linkQuestion(new URL(url)));
  if (response !== OPEN_BUTTON) return fail('cancelled', 'Not opened: the user chose to stay in Chancery.');
  return openExternalSafely(url, deps.openExternal);
}
