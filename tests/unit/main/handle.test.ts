import { describe, expect, it, vi } from 'vitest';
import { handle, senderRefusal } from '../../../main/ipc/handle.js';
import type { InvokeEventLike } from '../../../main/ipc/handle.js';
import { fail, ok } from '../../../main/common/result.js';

const ORIGIN = 'app://chancery';

/** An event from the app's own top-level page, or a variation of it. */
function event(url = 'app://chancery/index.html', subframe = false): InvokeEventLike {
  const mainFrame = { url };
  return { senderFrame: subframe ? { url } : mainFrame, sender: { mainFrame } };
}

const deps = () => ({ origin: ORIGIN, reportError: vi.fn() });
const validExport = {
  bookId: 'book-7',
  suggestedName: 'Brief for the Ruritania talks.pdf',
  options: { paper: 'A4', title: 'Ruritania', author: 'Desk officer', subject: 'Talks', keywords: ['trade'] },
};

describe('handle: who may call', () => {
  it('refuses a sender whose frame is gone', async () => {
    const handler = vi.fn(() => ok(null));
    const gone: InvokeEventLike = { senderFrame: null, sender: { mainFrame: {} } };
    const result = await handle('shell:open-external', handler, deps())(gone, { url: 'https://example.org/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each(['https://example.org/', 'app://other/index.html', 'file:///index.html', 'http://127.0.0.1:4173/', 'about:blank'])(
    'refuses a frame from %s',
    async (url) => {
      const handler = vi.fn(() => ok(null));
      const result = await handle('app:get-info', handler as never, deps())(event(url), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('refuses a subframe even on the app origin', async () => {
    const handler = vi.fn(() => ok(null));
    const result = await handle('shell:open-external', handler, deps())(event(undefined, true), { url: 'https://example.org/' });
    expect(result).toEqual(fail('forbidden-sender', 'shell:open-external refused: the sender is not the top-level frame.'));
    expect(handler).not.toHaveBeenCalled();
  });

  it('explains each refusal', () => {
    expect(senderRefusal(event(), ORIGIN)).toBeNull();
    expect(senderRefusal(event('https://x.example/'), ORIGIN)).toBe('the sender is not the app');
  });
});

describe('handle: what may be sent', () => {
  it.each([
    ['a missing payload', undefined],
    ['an http URL', { url: 'http://example.org/' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['an extra key', { url: 'https://example.org/', extra: true }],
    ['a wrong type', { url: 42 }],
  ])('refuses %s with the schema message', async (_name, payload) => {
    const handler = vi.fn(() => ok(null));
    const result = await handle('shell:open-external', handler, deps())(event(), payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toMatch(/^shell:open-external: /);
      expect(result.error.message.length).toBeGreaterThan('shell:open-external: '.length);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses backup bytes that are not a Uint8Array', async () => {
    const handler = vi.fn(async () => ok(null));
    const result = await handle('file:save-backup', handler, deps())(event(), { suggestedName: 'b.zip', bytes: [1, 2, 3] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('handle: answers', () => {
  it('passes the parsed request and the event to the handler and returns its Result', async () => {
    const handler = vi.fn(async () => ok({ path: '/home/desk/Ruritania.pdf' }));
    const sender = event();
    const result = await handle('pdf:export-book', handler, deps())(sender, validExport);
    expect(result).toEqual(ok({ path: '/home/desk/Ruritania.pdf' }));
    expect(handler).toHaveBeenCalledWith(validExport, sender);
  });

  it('returns a failure the handler chose as it is', async () => {
    const result = await handle('pdf:export-book', async () => fail('not-available', 'Not yet.'), deps())(event(), validExport);
    expect(result).toEqual(fail('not-available', 'Not yet.'));
  });

  it('turns a thrown error into an internal failure and reports it', async () => {
    const d = deps();
    const boom = new Error('disk full');
    const result = await handle('app:get-info', () => {
      throw boom;
    }, d)(event(), {});
    expect(result).toEqual(fail('internal', 'disk full'));
    expect(d.reportError).toHaveBeenCalledWith('app:get-info', boom);
  });

  it('turns a rejected promise into an internal failure', async () => {
    const result = await handle('app:get-info', () => Promise.reject(new Error('gone')), deps())(event(), {});
    expect(result).toEqual(fail('internal', 'gone'));
  });
});
