// Files handed to the app by the OS (command line, second instance, macOS open-file) reach the
// renderer's import pipeline as bytes; the renderer decides what it can import.
import { basename } from 'node:path';
import type { OpenedFile } from '../common/ipc-contract.js';

/** Larger files are not read into memory; no brief the app imports comes near this. */
export const MAX_OPENED_FILE_BYTES = 100 * 1024 * 1024;

export interface OpenedFileDeps {
  stat: (path: string) => Promise<{ size: number; isFile(): boolean }>;
  readFile: (path: string) => Promise<Uint8Array>;
}

/**
 * The file arguments in a command line. `skip` is how many leading entries are the program
 * (1 when packaged; 2 in development, where the second is the app folder). Flags are not files.
 */
export const filePathsFromArgv = (argv: readonly string[], skip: number): string[] =>
  argv.slice(skip).filter((arg) => arg !== '' && !arg.startsWith('-'));

/** Reads the regular files among `paths`; missing, special or oversized ones are left out. */
export async function readOpenedFiles(paths: readonly string[], deps: OpenedFileDeps): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  for (const path of paths) {
    try {
      const info = await deps.stat(path);
      if (!info.isFile() || info.size > MAX_OPENED_FILE_BYTES) continue;
      files.push({ name: basename(path), bytes: await deps.readFile(path) });
    } catch {
      // A file that vanished or cannot be read is simply not offered for import.
    }
  }
  return files;
}

/** Holds paths until the renderer can receive them, then passes each batch on. */
export class OpenedFilesRelay {
  private pending: string[] = [];
  private deliver: ((paths: string[]) => void) | null = null;

  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.deliver === null) this.pending.push(...paths);
    else this.deliver([...paths]);
  }

  /** Called once the renderer is listening; flushes what arrived before. */
  attach(deliver: (paths: string[]) => void): void {
    this.deliver = deliver;
    const waiting = this.pending;
    this.pending = [];
    if (waiting.length > 0) deliver(waiting);
  }
}
