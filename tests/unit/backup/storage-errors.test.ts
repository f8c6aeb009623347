import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../renderer/src/data/db.js';
import { describeStorageError, openLibrary, probeDataLoss, type StorageProblem } from '../../../renderer/src/data/storage-errors.js';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('describeStorageError', () => {
  it('recognises a quota error directly, inside an AbortError, inside Dexie errors and bulk failures', () => {
    const abort = Object.assign(new DOMException('Transaction aborted', 'AbortError'), { inner: quota() });
    const dexieAbort = new Dexie.AbortError('Transaction aborted', quota());
    const bulk = new Dexie.BulkError('2 of 10 failed', { 3: quota() } as never);
    for (const error of [quota(), abort, dexieAbort, bulk, new Error('wrapped', { cause: quota() })]) {
      const problem = describeStorageError(error);
      expect(problem?.kind).toBe('quota');
      expect(problem?.message).toMatch(/disk is full.*free some space.*back up/);
      expect(problem?.detail).toContain('QuotaExceededError');
    }
  });

  it('recognises open failures and a newer database version', () => {
    expect(describeStorageError(new Dexie.OpenFailedError('Internal error opening backing store'))?.kind).toBe('open-failed');
    expect(describeStorageError(new Dexie.VersionError('The requested version (20) is less than the existing version (30).'))?.kind).toBe('version');
    expect(describeStorageError(new DOMException('Internal error', 'UnknownError'))?.message).toMatch(/restore a backup or snapshot/);
  });

  it('leaves errors that are not about storage alone, and survives odd values', () => {
    for (const value of [new TypeError('x is undefined'), null, undefined, 'text', 42, { name: 7 }, Object.assign({}, { inner: {} })]) {
      expect(describeStorageError(value)).toBeNull();
    }
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(describeStorageError(loop)).toBeNull();
  });
});

describe('opening the library', () => {
  it('the data-loss probe finds nothing on a healthy profile and does not create the database', async () => {
    const factory = new IDBFactory();
    expect(await probeDataLoss('probe-test', factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain('probe-test');
  });

  it('opens a healthy library with no problem reported', async () => {
    const problems: StorageProblem[] = [];
    const indexedDB = new IDBFactory();
    const database = new AppDB('healthy', { indexedDB, IDBKeyRange });
    expect(await openLibrary((p) => problems.push(p), database, indexedDB)).toBe(true);
    expect(problems).toEqual([]);
    expect(database.isOpen()).toBe(true);
  });

  it('reports an IndexedDB that refuses to open instead of failing silently', async () => {
    const broken = { open: () => { throw new DOMException('Internal error opening backing store', 'UnknownError'); } } as unknown as IDBFactory;
    const problems: StorageProblem[] = [];
    expect(await openLibrary((p) => problems.push(p), new AppDB('broken', { indexedDB: broken, IDBKeyRange }), broken)).toBe(false);
    expect(problems.map((p) => p.kind)).toEqual(['open-failed']);
    expect(problems[0]?.detail).toContain('backing store');
  });

  it('reports when another window blocks or closes the library', async () => {
    const indexedDB = new IDBFactory();
    const problems: StorageProblem[] = [];
    const database = new AppDB('shared', { indexedDB, IDBKeyRange });
    await openLibrary((p) => problems.push(p), database, indexedDB);
    const deleting = indexedDB.deleteDatabase('shared');
    await new Promise((resolve) => (deleting.onsuccess = resolve));
    expect(problems.map((p) => p.kind)).toContain('closed');
  });
});
