// What main sends the renderer when the operating system locks its screen or is about to sleep:
// the renderer then locks a protected library. Plain code without zod, so the preload can check
// the message at runtime without bundling a schema library.

export const LOCK_REQUEST_EVENT = 'app:lock-request';

export const LOCK_REASONS = ['lock-screen', 'suspend'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export interface LockRequest {
  reason: LockReason;
}

/** The request when `value` is exactly one, else null (anything else on the channel is dropped). */
export function checkLockRequest(value: unknown): LockRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  const reason = (value as { reason?: unknown }).reason;
  return keys.length === 1 && keys[0] === 'reason' && (LOCK_REASONS as readonly unknown[]).includes(reason) ? { reason: reason as LockReason } : null;
}
