// Automatic snapshots: a rolling backup of the library in the user-data folder, written on start
// and every 24 hours, keeping the newest SNAPSHOT_KEEP. The renderer makes the bytes (it owns
// the database); this service only names, stores, lists, prunes and reads the files. The file
// system calls are injected, so it runs in Node tests as in the app.
import { join } from 'node:path';
import type { SnapshotInfo } from '../common/ipc-contract.js';
import { writeFileAtomically, type SaveFileDeps } from './save-file.js';

export const SNAPSHOT_KEEP = 7;
export const SNAPSHOT_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface SnapshotFs extends Pick<SaveFileDeps, 'writeFile' | 'rename' | 'removeFile'> {
  mkdir: (dir: string) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  size: (path: string) => Promise<number>;
  readFile: (path: string) => Promise<Uint8Array>;
}

// snapshot-2026-11-26T03-50-11-000Z.chancery: sortable, and safe on every file system.
const NAME = /^snapshot-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.chancery$/;

export function snapshotName(now: number): string {
  return `snapshot-${new Date(now).toISOString().replace(/[:.]/g, '-')}.chancery`;
}

/** The time a snapshot was taken, or null when `name` is not a snapshot's name. */
export function snapshotTime(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const time = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(time) ? null : time;
}

/** Snapshots in `dir`, newest first; other files are ignored. */
export async function listSnapshots(fs: SnapshotFs, dir: string): Promise<SnapshotInfo[]> {
  await fs.mkdir(dir);
  const names = (await fs.readdir(dir)).filter((n) => snapshotTime(n) !== null).sort().reverse();
  return Promise.all(names.map(async (name) => ({ name, createdAt: snapshotTime(name)!, size: await fs.size(join(dir, name)) })));
}

/** True when no snapshot is younger than the interval. */
export function snapshotDue(snapshots: readonly SnapshotInfo[], now: number): boolean {
  const newest = snapshots[0]?.createdAt;
  return newest === undefined || now - newest >= SNAPSHOT_INTERVAL_MS || newest > now;
}

/** Stores a snapshot atomically, then deletes all but the newest SNAPSHOT_KEEP. */
export async function saveSnapshot(fs: SnapshotFs, dir: string, bytes: Uint8Array, now: number): Promise<SnapshotInfo> {
  await fs.mkdir(dir);
  const name = snapshotName(now);
  await writeFileAtomically(fs, join(dir, name), bytes);
  const all = await listSnapshots(fs, dir);
  for (const old of all.slice(SNAPSHOT_KEEP)) await fs.removeFile(join(dir, old.name));
  return { name, createdAt: now, size: bytes.byteLength };
}

/** Reads one snapshot by name; names are checked so no other file can be read. */
export async function readSnapshot(fs: SnapshotFs, dir: string, name: string): Promise<Uint8Array> {
  if (snapshotTime(name) === null) throw new Error(`"${name.slice(0, 80)}" is not a snapshot.`);
  return fs.readFile(join(dir, name));
}
