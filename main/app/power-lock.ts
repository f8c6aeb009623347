// Locks a protected library when the operating system locks its screen or suspends: main hears
// powerMonitor and tells the renderer, which forgets the key. powerMonitor is injected so the
// wiring is tested in Node.
import type { PowerMonitor } from 'electron';
import { LOCK_REASONS, type LockRequest } from '../common/lock-request.js';

export type PowerEvents = Pick<PowerMonitor, 'on'>;

export function installPowerLock(powerMonitor: PowerEvents, send: (request: LockRequest) => void): void {
  for (const reason of LOCK_REASONS) {
    // 'lock-screen' and 'suspend' take no arguments; the cast names the one overload for each.
    (powerMonitor.on as (event: string, listener: () => void) => void)(reason, () => send({ reason }));
  }
}
