// @vitest-environment jsdom
// A failed write from a view is told in the storage wording every view shares, never as the
// browser's own text, and never escapes as an unhandled rejection.
import { describe, expect, it } from 'vitest';
import { failureMessage, writeOrTell } from '../../../renderer/src/ui/storage-message.js';
import { en } from '../../../renderer/src/ui/i18n/en.js';

/** What Dexie rejects with when IndexedDB refuses a write for lack of space. */
const quotaError = () => Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' } });

function toastsFrom(target: EventTarget): { kind?: string; message: string }[] {
  const toasts: { kind?: string; message: string }[] = [];
  target.addEventListener('cy-toast', (e) => toasts.push((e as CustomEvent).detail));
  return toasts;
}

describe('failureMessage', () => {
  it('names a full disk in the shared words, whatever the browser said', () => {
    expect(failureMessage(quotaError())).toBe(en['storage.quota']);
    expect(failureMessage(quotaError())).not.toContain('QuotaExceededError');
  });

  it('passes any other failure through in its own words', () => {
    expect(failureMessage(new Error('The brief no longer exists.'))).toBe('The brief no longer exists.');
  });
});

describe('writeOrTell', () => {
  it('reports a failed write as one error toast and resolves false', async () => {
    const view = new EventTarget();
    const toasts = toastsFrom(view);
    expect(await writeOrTell(view, () => Promise.reject(quotaError()))).toBe(false);
    expect(toasts).toEqual([{ kind: 'error', message: en['storage.quota'] }]);
  });

  it('says nothing when the write succeeds', async () => {
    const view = new EventTarget();
    const toasts = toastsFrom(view);
    expect(await writeOrTell(view, async () => undefined)).toBe(true);
    expect(toasts).toEqual([]);
  });
});
