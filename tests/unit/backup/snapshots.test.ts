import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { SNAPSHOT_INTERVAL_MS, SNAPSHOT_KEEP, listSnapshots, readSnapshot, saveSnapshot, snapshotDue, snapshotName, snapshotTime, type SnapshotFs } from '../../../main/services/snapshots.js';
import { requestSchemas } from '../../../main/common/ipc-contract.js';
import { channelHandlers, type MainServices } from '../../../main/ipc/register.js';
import { createChanceryApi } from '../../../main/preload/api.js';

/** An in-memory folder that records what happened to it. */
function memoryFs() {
  const files = new Map<string, Uint8Array>();
  const fs: SnapshotFs = {
    mkdir: async () => undefined,
    readdir: async () => [...files.keys()].map((p) => basename(p)),
    size: async (p) => files.get(p)?.byteLength ?? 0,
    readFile: async (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`ENOENT ${p}`);
      return f;
    },
    writeFile: async (p, b) => void files.set(p, b),
    rename: async (from, to) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    },
    removeFile: async (p) => void files.delete(p),
  };
  return { fs, files };
}

const DAY = SNAPSHOT_INTERVAL_MS;
const T0 = Date.UTC(2026, 0, 1, 9, 30, 15, 250);

describe('snapshots', () => {
  it('names snapshots by time, sortably, and reads the time back', () => {
    expect(snapshotName(T0)).toBe('snapshot-2026-01-01T09-30-15-250Z.chancery');
    expect(snapshotTime(snapshotName(T0))).toBe(T0);
    expect(snapshotTime('notes.txt')).toBeNull();
    expect(snapshotTime('../snapshot-2026-01-01T09-30-15-250Z.chancery')).toBeNull();
    // The IPC schema accepts exactly the names the service gives out.
    expect(requestSchemas['snapshot:read'].safeParse({ name: snapshotName(T0) }).success).toBe(true);
    expect(requestSchemas['snapshot:read'].safeParse({ name: '../../etc/passwd' }).success).toBe(false);
  });

  it('keeps the newest seven, atomically written, and lists them newest first', async () => {
    const { fs, files } = memoryFs();
    files.set('/data/snapshots/readme.txt', new Uint8Array([1]));
    for (let day = 0; day < 10; day++) await saveSnapshot(fs, '/data/snapshots', new Uint8Array([day, 1, 2]), T0 + day * DAY);
    const list = await listSnapshots(fs, '/data/snapshots');
    expect(list).toHaveLength(SNAPSHOT_KEEP);
    expect(list.map((s) => s.createdAt)).toEqual([9, 8, 7, 6, 5, 4, 3].map((d) => T0 + d * DAY));
    expect(list[0]).toMatchObject({ size: 3 });
    expect([...files.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
    expect(files.has('/data/snapshots/readme.txt')).toBe(true);
    expect(await readSnapshot(fs, '/data/snapshots', list[0]!.name)).toEqual(new Uint8Array([9, 1, 2]));
  });

  it('refuses to read anything that is not a snapshot', async () => {
    const { fs } = memoryFs();
    await expect(readSnapshot(fs, '/data/snapshots', 'readme.txt')).rejects.toThrow(/not a snapshot/);
  });

  it('is due with no snapshot, after 24 hours, or when the clock went backwards', () => {
    const at = (t: number) => [{ name: snapshotName(t), createdAt: t, size: 1 }];
    expect(snapshotDue([], T0)).toBe(true);
    expect(snapshotDue(at(T0), T0 + DAY - 1)).toBe(false);
    expect(snapshotDue(at(T0), T0 + DAY)).toBe(true);
    expect(snapshotDue(at(T0 + DAY), T0)).toBe(true);
  });
});

describe('snapshot channels', () => {
  const base: MainServices = {
    appInfo: () => ({ version: '0', platform: 'linux', locale: 'en', spellcheck: 'off' }),
    openExternal: async () => ({ ok: true, value: null }),
    exportBookPdf: async () => ({ ok: true, value: null }),
    saveBackup: async () => null,
  };
  const event = {} as never;

  it('answers not-available where no snapshot service is wired', async () => {
    const handlers = channelHandlers(base);
    expect(await handlers['snapshot:list']({}, event)).toMatchObject({ ok: false, error: { code: 'not-available' } });
  });

  it('routes save, list and read to the service', async () => {
    const info = { name: snapshotName(T0), createdAt: T0, size: 3 };
    const handlers = channelHandlers({
      ...base,
      snapshots: { save: async () => info, list: async () => ({ snapshots: [info], due: false }), read: async () => new Uint8Array([7]) },
    });
    expect(await handlers['snapshot:save']({ bytes: new Uint8Array([1]) }, event)).toEqual({ ok: true, value: info });
    expect(await handlers['snapshot:list']({}, event)).toEqual({ ok: true, value: { snapshots: [info], due: false } });
    expect(await handlers['snapshot:read']({ name: info.name }, event)).toEqual({ ok: true, value: new Uint8Array([7]) });
  });

  it('the preload sends each snapshot call on its own channel', async () => {
    const invoke = async (channel: string, request: unknown) => ({ ok: true, value: [channel, request] });
    const api = createChanceryApi({ invoke, on: () => undefined, removeListener: () => undefined } as never);
    expect(await api.listSnapshots()).toEqual({ ok: true, value: ['snapshot:list', {}] });
    expect(await api.readSnapshot({ name: 'n' })).toEqual({ ok: true, value: ['snapshot:read', { name: 'n' }] });
    expect(await api.saveSnapshot({ bytes: new Uint8Array([1]) })).toEqual({ ok: true, value: ['snapshot:save', { bytes: new Uint8Array([1]) }] });
  });
});
