// One guarded entry point per channel: check who is asking, check what they sent, answer with
// a Result. Handlers never see an unchecked payload and never throw across IPC.
import { z } from 'zod';
import { requestSchemas } from '../common/ipc-contract.js';
import type { Channel, Request, Responses } from '../common/ipc-contract.js';
import { fail } from '../common/result.js';
import type { Result } from '../common/result.js';
import { originOf } from '../common/csp.js';

/** The parts of Electron's IpcMainInvokeEvent the checks read (so tests pass plain objects). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

export type ChannelHandler<C extends Channel, E extends InvokeEventLike> = (
  request: Request<C>,
  event: E,
) => Result<Responses[C]> | Promise<Result<Responses[C]>>;

export interface HandleDeps {
  /** The only origin allowed to call (APP_ORIGIN in the app). */
  origin: string;
  /** Where thrown errors are recorded; the renderer only gets their message. */
  reportError: (channel: Channel, error: unknown) => void;
}

/** Why a sender is refused, or null when it is the app's own top-level page. */
export function senderRefusal(event: InvokeEventLike, origin: string): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (originOf(frame.url) !== origin) return 'the sender is not the app';
  if (frame !== event.sender.mainFrame) return 'the sender is not the top-level frame';
  return null;
}

/** Builds the `ipcMain.handle` listener for `channel`. */
export function handle<C extends Channel, E extends InvokeEventLike>(
  channel: C,
  handler: ChannelHandler<C, E>,
  deps: HandleDeps,
): (event: E, payload: unknown) => Promise<Result<Responses[C]>> {
  // TypeScript cannot narrow the schema union by a generic key; Request<C> is defined from it.
  const schema = requestSchemas[channel] as unknown as z.ZodType<Request<C>>;
  return async (event, payload) => {
    const refusal = senderRefusal(event, deps.origin);
    if (refusal !== null) return fail('forbidden-sender', `${channel} refused: ${refusal}.`);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return fail('invalid-payload', `${channel}: ${z.prettifyError(parsed.error)}`);
    try {
      return await handler(parsed.data, event);
    } catch (error) {
      deps.reportError(channel, error);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
