// Fuzzing the two places untrusted bytes and values enter: the .chancery reader and IPC payload
// validation. Properties: no crash (only the documented error), no hang (the test's time limit),
// and a clear message for every refusal. How long each read takes is a figure of `npm run bench`.
import fc from 'fast-check';
import { strToU8, zipSync, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { BackupError, packBackup, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { requestSchemas, type Channel } from '../../../main/common/ipc-contract.js';
import { handle } from '../../../main/ipc/handle.js';
import { generateLibrary } from '../backup/library-fixture.js';

const meta = { kind: 'library' as const, appVersion: '0.1.0', createdAt: 1_700_000_000_000, bookId: null };

async function refusal(bytes: Uint8Array): Promise<BackupError | Awaited<ReturnType<typeof readBackup>>> {
  try {
    return await readBackup(bytes);
  } catch (error) {
    expect(error, 'only BackupError escapes').toBeInstanceOf(BackupError);
    expect((error as BackupError).message.length).toBeGreaterThan(20);
    return error as BackupError;
  }
}

describe('the backup reader under fuzzing', () => {
  it('refuses arbitrary bytes with a BackupError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(await refusal(bytes)).toBeInstanceOf(BackupError);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid backup with bytes flipped or cut off, or reads back exactly the original', async () => {
    const library = generateLibrary(4);
    const valid = await packBackup(library, meta);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: valid.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: valid.length }),
        async (flips, cut) => {
          const bytes = valid.slice(0, Math.max(cut, 1));
          for (const { at, value } of flips) if (at < bytes.length) bytes[at] = value;
          const outcome = await refusal(bytes);
          // A flip in zip metadata the checksums do not cover may pass, but never altered records.
          if (!(outcome instanceof BackupError)) expect(outcome.tables).toEqual(library);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses zips whose files hold arbitrary JSON', async () => {
    const valid = unzipSync(await packBackup(generateLibrary(2), meta));
    const names = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 4 }), async (name, value) => {
        const text = JSON.stringify(value);
        // The same JSON as the file held (an empty table is `[]`) is not a change.
        fc.pre(text !== new TextDecoder().decode(valid[name]));
        const files = { ...valid, [name]: strToU8(text) };
        expect(await refusal(zipSync(files))).toBeInstanceOf(BackupError);
      }),
      { numRuns: 300 },
    );
  });
});

describe('IPC payload validation under fuzzing', () => {
  const channels = Object.keys(requestSchemas) as Channel[];
  const appEvent = (() => {
    const mainFrame = { url: 'app://chancery/index.html' };
    return { senderFrame: mainFrame, sender: { mainFrame } };
  })();

  it('answers every arbitrary payload with a Result; invalid ones never reach the handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything({ maxDepth: 3, withTypedArray: true, withMap: true, withSet: true }), async (channel, payload) => {
        const handler = vi.fn(async () => ({ ok: true as const, value: null as never }));
        const listener = handle(channel, handler, { origin: 'app://chancery', reportError: vi.fn() });
        const result = await listener(appEvent, payload);
        const valid = requestSchemas[channel].safeParse(payload).success;
        if (valid) {
          expect(result.ok).toBe(true);
          expect(handler).toHaveBeenCalledOnce();
        } else {
          expect(handler).not.toHaveBeenCalled();
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
          if (!result.ok) expect(result.error.message.startsWith(`${channel}: `)).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses near-miss payloads for every channel with a message naming the field', async () => {
    const nearMisses: [Channel, unknown, RegExp][] = [
      ['shell:open-external', { url: 'http://example.com' }, /url/],
      ['file:save-backup', { suggestedName: 'x.chancery', bytes: [1, 2, 3] }, /bytes/],
      ['snapshot:save', { bytes: new Uint8Array() }, /bytes/],
      ['snapshot:read', { name: '../../secrets.chancery' }, /name/],
      ['pdf:export-book', { bookId: 'b', suggestedName: 'x.pdf', options: { paper: 'A3' } }, /options/],
      ['app:get-info', { extra: true }, /extra|Unrecognized/],
    ];
    for (const [channel, payload, field] of nearMisses) {
      const result = await handle(channel, vi.fn(), { origin: 'app://chancery', reportError: vi.fn() })(appEvent, payload);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.message, channel).toMatch(field);
    }
  });
});
