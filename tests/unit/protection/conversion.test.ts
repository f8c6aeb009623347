// Turning protection on or off rewrites the library in batches; a failure injected between any two
// (a crash) leaves every record whole, plain or sealed, and the next unlock finishes the job.
import { describe, expect, it } from 'vitest';
import { libraryProtection } from '../../../renderer/src/data/library-protection.js';
import { readLibrary } from '../../../renderer/src/data/backup.js';
import { isSealedRecord } from '../../../renderer/src/data/protection/middleware.js';
import { fromBackupImage } from '../../../renderer/src/domain/backup/images.js';
import { fill, generateLibrary, sorted } from '../backup/library-fixture.js';
import { FAST_KDF, library, stringsIn } from './fixture.js';

const PASS = 'correct horse battery staple';
const BATCH = 7;

function libraryWithImage() {
  const tables = generateLibrary(40);
  tables.images = [{ id: 'image-0001', briefId: 'brief-1', mime: 'image/png', data: btoa('PNG bytes of a fictional map'), width: 20, height: 20, alt: 'A fictional map' }];
  return tables;
}

const crashAfter = (batches: number) => {
  let done = 0;
  return () => {
    if (++done > batches) throw new Error('simulated crash');
  };
};

/** Each raw record, classified; a record that is neither plain nor sealed would fail the read below. */
function census(raw: Record<string, unknown[]>): { sealed: number; plain: number } {
  const all = Object.entries(raw).filter(([t]) => t !== 'keyring').flatMap(([, rs]) => rs);
  const sealed = all.filter(isSealedRecord).length;
  return { sealed, plain: all.length - sealed };
}

describe('turning protection on', () => {
  it.each([1, 4, 11])('resumes after a crash after %i batches and ends complete and sealed', async (batches) => {
    const lib = library();
    const tables = libraryWithImage();
    const first = lib.open();
    await fill(first, tables);
    const expected = sorted(await readLibrary(first));
    expect(expected.images[0]).toEqual(tables.images[0]);

    await expect(libraryProtection(first).protect(PASS, { kdf: FAST_KDF, batchSize: BATCH, onBatch: crashAfter(batches) })).rejects.toThrow('simulated crash');
    first.close();
    const midway = census(await lib.raw());
    expect(midway.sealed).toBeGreaterThan(0);
    expect(midway.plain).toBeGreaterThan(1);

    const database = lib.open();
    const protection = libraryProtection(database);
    expect(await protection.status()).toBe('locked');
    await protection.unlock(PASS, { batchSize: BATCH });
    expect(sorted(await readLibrary(database))).toEqual(expected);
    const raw = await lib.raw();
    // Only the theme setting stays plain (the lock screen needs it).
    expect(census(raw).plain).toBe(1);
    expect(raw.keyring).toMatchObject([{ state: 'protected', progress: null }]);
    expect(stringsIn(raw).some((s) => s.includes('Fictional harbour memo') || s.includes('PNG bytes'))).toBe(false);
  });

  it('a library written during an unfinished conversion stays readable and is sealed', async () => {
    const lib = library();
    const database = lib.open();
    await fill(database, generateLibrary(20));
    await expect(libraryProtection(database).protect(PASS, { kdf: FAST_KDF, batchSize: BATCH, onBatch: crashAfter(1) })).rejects.toThrow();
    // Still unlocked in this session: new writes are sealed at once.
    await database.briefs.update('brief-19', { readState: 'read' });
    expect((await lib.raw()).briefs!.find((b) => (b as { id: string }).id === 'brief-19')).toSatisfy(isSealedRecord);
    expect((await database.briefs.get('brief-19'))?.readState).toBe('read');
  });

  it('a passphrase changed during an unfinished conversion is kept when it resumes', async () => {
    const lib = library();
    const first = lib.open();
    await fill(first, generateLibrary(20));
    await expect(libraryProtection(first).protect(PASS, { kdf: FAST_KDF, batchSize: BATCH, onBatch: crashAfter(2) })).rejects.toThrow();
    await libraryProtection(first).changePassphrase(PASS, 'a newer passphrase', FAST_KDF);
    first.close();

    const protection = libraryProtection(lib.open());
    await expect(protection.unlock(PASS)).rejects.toThrow('passphrase');
    await protection.unlock('a newer passphrase', { batchSize: BATCH });
    const raw = await lib.raw();
    expect(raw.keyring).toMatchObject([{ state: 'protected', progress: null }]);
    expect(census(raw).plain).toBe(1);
  });
});

describe('turning protection off', () => {
  it('resumes after a crash and ends with every record plain and no keyring', async () => {
    const lib = library();
    const first = lib.open();
    await fill(first, libraryWithImage());
    const expected = sorted(await readLibrary(first));
    await libraryProtection(first).protect(PASS, { kdf: FAST_KDF, batchSize: BATCH });
    await expect(libraryProtection(first).unprotect('not it')).rejects.toThrow();
    expect(census(await lib.raw()).plain).toBe(1);
    await expect(libraryProtection(first).unprotect(PASS, { batchSize: BATCH, onBatch: crashAfter(3) })).rejects.toThrow('simulated crash');
    first.close();

    const database = lib.open();
    const protection = libraryProtection(database);
    expect(await protection.status()).toBe('locked');
    await protection.unlock(PASS, { batchSize: BATCH });
    expect(await protection.status()).toBe('off');
    const raw = await lib.raw();
    expect(census(raw).sealed).toBe(0);
    expect(raw.keyring).toEqual([]);
    expect(sorted(await readLibrary(database))).toEqual(expected);
    expect(raw.images).toEqual(expected.images.map(fromBackupImage));
  });
});
