import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { BackupError, MAX_UNPACKED_BYTES, readBackup } from '../../../renderer/src/domain/backup/index.js';
import { unpackLimited } from '../../../renderer/src/domain/backup/unpack.js';
import { zipBomb } from '../../support/zip-bomb.js';

const MIB = 1024 * 1024;
const expected = new Set(['manifest.json', 'briefs.json']);

function refusal(run: () => unknown): BackupError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('the archive was accepted');
}

describe('unpacking a .chancery zip under a size limit', () => {
  it('inflates the files of an honest archive', () => {
    const files = unpackLimited(zipSync({ 'briefs.json': strToU8('[1,2,3]'), 'manifest.json': strToU8('{}') }), { expected, maxBytes: MIB });
    expect(new TextDecoder().decode(files['briefs.json'])).toBe('[1,2,3]');
    expect(Object.keys(files).sort()).toEqual(['briefs.json', 'manifest.json']);
  });

  it('refuses a bomb by the size its directory declares, before inflating anything', () => {
    let progress = 0;
    const error = refusal(() => unpackLimited(zipBomb({ name: 'briefs.json', mebibytes: 8 }), { expected, maxBytes: 4 * MIB, onProgress: (f) => (progress = f) }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/too large when unpacked/);
    expect(progress).toBe(0); // refused by the directory: the stream was never started
  });

  it('refuses a bomb that lies about its size, by counting what it inflates, as soon as the count passes the limit', () => {
    const seen: number[] = [];
    const bomb = zipBomb({ name: 'briefs.json', mebibytes: 64, declaredBytes: MIB });
    const error = refusal(() => unpackLimited(bomb, { expected, maxBytes: 4 * MIB, onProgress: (f) => seen.push(f) }));
    expect(error.code).toBe('too-large');
    // It stopped at the first chunk that overran, long before reading the whole file.
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('refuses an entry that inflates to more than its directory declared, even under the limit', () => {
    const seen: number[] = [];
    const bomb = zipBomb({ name: 'briefs.json', mebibytes: 8, declaredBytes: 100 });
    const error = refusal(() => unpackLimited(bomb, { expected, maxBytes: 64 * MIB, onProgress: (f) => seen.push(f) }));
    expect(error.code).toBe('not-a-zip');
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('refuses names a backup does not hold without inflating them', () => {
    const error = refusal(() => unpackLimited(zipBomb({ name: 'payload.bin', mebibytes: 2 }), { expected, maxBytes: MIB }));
    expect(error.code).toBe('unexpected-file');
  });

  it('readBackup refuses a 1,000 MiB bomb of about 1 MB as too large, not as bad JSON', async () => {
    const bomb = zipBomb({ name: 'briefs.json', mebibytes: 1000 });
    expect(bomb.length).toBeLessThan(1.5 * MIB);
    expect(1000 * MIB).toBeGreaterThan(MAX_UNPACKED_BYTES);
    const error = await readBackup(bomb).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as BackupError).code).toBe('too-large');
  });
});
