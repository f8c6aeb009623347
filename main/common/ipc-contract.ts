// The one description of what crosses the bridge between renderer and main.
// Environment-neutral: no electron, no node:*, no DOM. The renderer imports it with `import type`.
import { z } from 'zod';
import { MAX_EXTERNAL_URL_CHARS, externalUrlRefusal } from './external-url.js';
import type { Result } from './result.js';
import type { LockRequest } from './lock-request.js';

/** Commands the application menu (and its accelerators) sends to the renderer. */
export const MENU_COMMANDS = [
  'import',
  'import-folder',
  'export-pdf',
  'backup',
  'find',
  'search',
  'navigate-library',
  'navigate-checklists',
  'navigate-books',
  'settings',
  'shortcuts',
  'lock',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

const pdfOptions = z.strictObject({
  paper: z.enum(['A4', 'Letter']),
  title: z.string().max(500),
  author: z.string().max(500),
  subject: z.string().max(1000),
  keywords: z.array(z.string().max(100)).max(50),
});

/** Channel name → payload schema. Names follow `area:verb-noun`. */
export const requestSchemas = {
  'app:get-info': z.strictObject({}),
  'shell:open-external': z.strictObject({
    url: z
      .url({ protocol: /^https$/ })
      .max(MAX_EXTERNAL_URL_CHARS)
      .refine((url) => externalUrlRefusal(url) === null, 'only https URLs without credentials open in the browser'),
  }),
  'pdf:export-book': z.strictObject({
    bookId: z.string().min(1).max(100),
    /** One of the book's editions; absent for the full book. */
    editionId: z.string().min(1).max(200).optional(),
    suggestedName: z.string().min(1).max(200),
    options: pdfOptions,
  }),
  'file:save-backup': z.strictObject({
    suggestedName: z.string().min(1).max(200),
    bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'bytes must be a Uint8Array'),
  }),
  'snapshot:save': z.strictObject({
    bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength > 0, 'bytes must be a non-empty Uint8Array'),
  }),
  'snapshot:list': z.strictObject({}),
  // Only names main itself gave out: no paths, nothing else in the folder.
  'snapshot:read': z.strictObject({ name: z.string().regex(/^snapshot-[0-9T-]{23}Z\.chancery$/, 'not a snapshot name') }),
} as const;

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;
export type PdfExportOptions = z.infer<typeof pdfOptions>;

/**
 * How text fields are spell-checked: `native` by the operating system's checker (macOS), `off`
 * where Chromium's checker would download dictionaries (Windows, Linux), `browser` by whatever
 * the browser running the preview does.
 */
export type SpellcheckMode = 'native' | 'off' | 'browser';

export interface AppInfo {
  version: string;
  platform: string;
  locale: string;
  spellcheck: SpellcheckMode;
}

export interface SavedFile {
  path: string;
}

/** One automatic snapshot in the user-data folder. */
export interface SnapshotInfo {
  name: string;
  createdAt: number;
  size: number;
}

export interface SnapshotList {
  /** Newest first. */
  snapshots: SnapshotInfo[];
  /** True when the newest is older than the snapshot interval (or there is none). */
  due: boolean;
}

/** What each channel answers with (inside a Result). */
export interface Responses {
  'app:get-info': AppInfo;
  'shell:open-external': null;
  'pdf:export-book': SavedFile | null;
  'file:save-backup': SavedFile | null;
  'snapshot:save': SnapshotInfo;
  'snapshot:list': SnapshotList;
  'snapshot:read': Uint8Array;
}

/** Events main pushes to the renderer. */
export const MENU_COMMAND_EVENT = 'menu:command';
export const FILES_OPENED_EVENT = 'files:opened';
/** Sent to the window that asked for a PDF export, once per phase while it runs. */
export const EXPORT_PROGRESS_EVENT = 'pdf:export-progress';

/** A phase of a PDF export: numbering repeats until the contents page numbers hold still. */
export type ExportProgress = { phase: 'rendering' } | { phase: 'numbering'; pass: number } | { phase: 'finishing' };

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** `window.chancery`: one named function per message, nothing generic. */
export interface ChanceryApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  openExternal(req: Request<'shell:open-external'>): Promise<Result<null>>;
  exportBookPdf(req: Request<'pdf:export-book'>): Promise<Result<SavedFile | null>>;
  saveBackup(req: Request<'file:save-backup'>): Promise<Result<SavedFile | null>>;
  saveSnapshot(req: Request<'snapshot:save'>): Promise<Result<SnapshotInfo>>;
  listSnapshots(): Promise<Result<SnapshotList>>;
  readSnapshot(req: Request<'snapshot:read'>): Promise<Result<Uint8Array>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFilesOpened(listener: (files: OpenedFile[]) => void): () => void;
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  /** Main asks a protected library to lock (the OS locked its screen or is suspending). */
  onLockRequest(listener: (request: LockRequest) => void): () => void;
}
