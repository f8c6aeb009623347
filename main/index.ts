// Lifecycle only: one instance, the app:// scheme, the window, the guards, the menu, IPC.
import { BrowserWindow, Menu, app, dialog, ipcMain, powerMonitor, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_ORIGIN } from './common/csp.js';
import { FILES_OPENED_EVENT, MENU_COMMAND_EVENT } from './common/ipc-contract.js';
import type { MenuCommand } from './common/ipc-contract.js';
import { buildMenuTemplate } from './app/menu.js';
import { handleAppProtocol, registerAppSchemePrivileged } from './app/protocol.js';
import { installSecurityGuards, type GuardDeps } from './app/security.js';
import { installSpellcheck, spellcheckMode } from './app/spellcheck.js';
import { openMainWindow } from './app/window.js';
import { installPowerLock } from './app/power-lock.js';
import { LOCK_REQUEST_EVENT } from './common/lock-request.js';
import { createPdfExporter } from './app/pdf-window.js';
import { registerIpc } from './ipc/register.js';
import { openExternalSafely } from './services/external-links.js';
import { OpenedFilesRelay, filePathsFromArgv, readOpenedFiles } from './services/opened-files.js';
import { filtersForName, saveFileWithDialog } from './services/save-file.js';
import { listSnapshots, readSnapshot, saveSnapshot, snapshotDue } from './services/snapshots.js';
import type { SnapshotFs } from './services/snapshots.js';
import type { SaveFileDeps } from './services/save-file.js';

// The bundle lives in dist/main; the renderer bundle beside it in dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
// In development argv is [electron, <app folder>, ...files]; packaged it is [app, ...files].
const argvSkip = app.isPackaged ? 1 : 2;
const spellcheck = spellcheckMode(process.platform);

app.enableSandbox();
registerAppSchemePrivileged(); // before ready, or IndexedDB gets no stable origin

let mainWindow: BrowserWindow | null = null;
const snapshotDir = (): string => join(app.getPath('userData'), 'snapshots');
const openedFiles = new OpenedFilesRelay();

// Window-open requests (window.open, a link's "open in new window") ask with a native question.
const guardDeps: GuardDeps = {
  showMessageBox: (question) => (mainWindow !== null && !mainWindow.isDestroyed() ? dialog.showMessageBox(mainWindow, question) : dialog.showMessageBox(question)),
  openExternal: (url) => shell.openExternal(url),
  reportError: (url, error) => console.error(`Opening ${url} failed:`, error),
};

function sendToRenderer(channel: string, payload: unknown): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function saveDeps(sender: WebContents): SaveFileDeps {
  const parent = BrowserWindow.fromWebContents(sender);
  return {
    showSaveDialog: (options) => (parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    rename,
    removeFile: (path) => rm(path, { force: true }),
  };
}

const snapshotFs: SnapshotFs = {
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  readdir: (dir) => readdir(dir),
  size: async (path) => (await stat(path)).size,
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, bytes) => writeFile(path, bytes),
  rename,
  removeFile: (path) => rm(path, { force: true }),
};

function start(): void {
  openedFiles.add(filePathsFromArgv(process.argv, argvSkip));

  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    openedFiles.add(filePathsFromArgv(argv, argvSkip));
  });
  // macOS delivers double-clicked documents here, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openedFiles.add([path]);
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    installSecurityGuards(app, session.defaultSession, guardDeps);
    installSpellcheck(app, session.defaultSession, spellcheck);
    handleAppProtocol(rendererDir);
    registerIpc(
      ipcMain,
      {
        appInfo: () => ({ version: app.getVersion(), platform: process.platform, locale: app.getLocale(), spellcheck }),
        // Asked by the renderer only after the user confirmed in its link dialog (ExternalLinksController).
        openExternal: (url) => openExternalSafely(url, (safe) => shell.openExternal(safe)),
        exportBookPdf: createPdfExporter({
          createWindow: (options) => new BrowserWindow(options),
          saveDeps,
          showItemInFolder: (path) => shell.showItemInFolder(path),
        }),
        saveBackup: (request, event) =>
          saveFileWithDialog(
            saveDeps(event.sender),
            request.suggestedName,
            request.bytes,
            filtersForName(request.suggestedName, 'Chancery backup'),
          ),
        snapshots: {
          save: (bytes) => saveSnapshot(snapshotFs, snapshotDir(), bytes, Date.now()),
          list: async () => {
            const snapshots = await listSnapshots(snapshotFs, snapshotDir());
            return { snapshots, due: snapshotDue(snapshots, Date.now()) };
          },
          read: (name) => readSnapshot(snapshotFs, snapshotDir(), name),
        },
      },
      { origin: APP_ORIGIN, reportError: (channel, error) => console.error(`IPC ${channel} failed:`, error) },
    );
    const send = (command: MenuCommand): void => sendToRenderer(MENU_COMMAND_EVENT, command);
    installPowerLock(powerMonitor, (request) => sendToRenderer(LOCK_REQUEST_EVENT, request));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform, { dev: !app.isPackaged })));

    mainWindow = openMainWindow((options) => new BrowserWindow(options), preloadPath, { spellcheck: spellcheck === 'native' });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    mainWindow.webContents.once('did-finish-load', () =>
      openedFiles.attach((paths) => {
        void readOpenedFiles(paths, { stat, readFile }).then((files) => {
          if (files.length > 0) sendToRenderer(FILES_OPENED_EVENT, files);
        });
      }),
    );
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
