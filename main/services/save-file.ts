// Saving bytes where the user chooses, atomically: a crash mid-write never leaves a torn file
// under the chosen name. Dialog and file system calls are injected.
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SavedFile } from '../common/ipc-contract.js';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileDeps {
  /** Electron's dialog.showSaveDialog (bound to the parent window by the caller). */
  showSaveDialog: (options: {
    defaultPath: string;
    filters: FileFilter[];
  }) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  removeFile: (path: string) => Promise<void>;
}

// Windows reserves these device names whatever the extension ("NUL.pdf" is the null device).
const RESERVED_NAME = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$/i;
// Invisible format characters (right-to-left overrides make "evil\u202Efdp.exe" read as
// "evilexe.pdf"), except the joiners some scripts and emoji need inside words.
const FORMAT_CHARS = /(?![\u200c\u200d])\p{Cf}/gu;
const trimEnds = (name: string): string => name.replace(/^[\s.]+|[\s.]+$/g, '');

/** A suggested name from the renderer, reduced to a plain file name (no directories, no devices). */
export function safeFileName(suggested: string, fallback = 'Untitled'): string {
  const stripped = trimEnds(
    suggested
      .replace(FORMAT_CHARS, '')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029/\\:*?"<>|]/g, '-'),
  );
  const unreserved = RESERVED_NAME.test(stripped) ? `_${stripped}` : stripped;
  // Cut by code points, so no emoji or other astral character is split in half.
  const cleaned = trimEnds(Array.from(unreserved).slice(0, 200).join(''));
  return cleaned === '' ? fallback : cleaned;
}

/** Writes `bytes` to `target` through a temporary sibling and a rename (atomic on one volume). */
export async function writeFileAtomically(
  deps: Pick<SaveFileDeps, 'writeFile' | 'rename' | 'removeFile'>,
  target: string,
  bytes: Uint8Array,
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    await deps.writeFile(temporary, bytes);
    await deps.rename(temporary, target);
  } catch (error) {
    await deps.removeFile(temporary).catch(() => undefined); // best effort; the original error matters
    throw error;
  }
}

/** Asks where to save, then saves; null when the user cancels. */
export async function saveFileWithDialog(
  deps: SaveFileDeps,
  suggestedName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
): Promise<SavedFile | null> {
  const choice = await deps.showSaveDialog({ defaultPath: safeFileName(suggestedName), filters });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return null;
  await writeFileAtomically(deps, choice.filePath, bytes);
  return { path: choice.filePath };
}

/** A dialog filter for files like `name` ("backup.zip" → zip); none when it has no extension. */
export function filtersForName(name: string, label: string): FileFilter[] {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  return /^[a-z0-9]{1,10}$/i.test(extension) ? [{ name: label, extensions: [extension] }] : [];
}
