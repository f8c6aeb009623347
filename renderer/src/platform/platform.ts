// What the renderer needs from its host: the desktop app (through window.chancery) or a plain browser.
import type { AppInfo, ExportProgress, MenuCommand, OpenedFile, PdfExportOptions, SavedFile, SnapshotInfo, SnapshotList } from '../../../main/common/ipc-contract.js';
import type { Result } from '../../../main/common/result.js';

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Opens an https link outside the app (the caller has already asked the user). */
  openExternal(url: string): Promise<Result<null>>;
  /** Exports the book, or one of its editions when `editionId` is given. */
  exportBookPdf(bookId: string, suggestedName: string, options: PdfExportOptions, editionId?: string): Promise<Result<SavedFile | null>>;
  saveFile(suggestedName: string, bytes: Uint8Array, mime: string): Promise<Result<SavedFile | null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFilesOpened(listener: (files: OpenedFile[]) => void): () => void;
  /** The phases of a running exportBookPdf (desktop); a browser prints through its own dialog and reports none. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  /** The host asks a protected library to lock (desktop: the OS locked its screen or is suspending). */
  onLockRequest(listener: () => void): () => void;
  /** Automatic snapshots in the user-data folder: a desktop-app feature, null in a browser. */
  readonly snapshots: SnapshotStore | null;
}

export interface SnapshotStore {
  save(bytes: Uint8Array): Promise<Result<SnapshotInfo>>;
  list(): Promise<Result<SnapshotList>>;
  read(name: string): Promise<Result<Uint8Array>>;
}

export type { AppInfo, ExportProgress, MenuCommand, OpenedFile, PdfExportOptions, SavedFile, SnapshotInfo, SnapshotList };
