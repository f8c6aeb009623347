// The application menu as data: each custom item sends one typed command to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/ipc-contract.js';

export interface MenuOptions {
  /** Development builds get reload and developer tools. */
  dev: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
  { dev }: MenuOptions = { dev: false },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(cmd),
  });
  const settings = command('Settings…', 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Chancery',
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'import', 'CmdOrCtrl+O'),
      command('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      command('Back up library…', 'backup'),
      separator,
      // Forgets the key of a protected library and shows the lock screen.
      command('Lock Now', 'lock', 'CmdOrCtrl+L'),
      separator,
      // macOS keeps Settings and Quit in the app menu and closes windows from File.
      ...(mac ? [{ role: 'close' } as const] : [settings, separator, { role: 'quit' } as const]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Search…', 'search', 'CmdOrCtrl+K'),
      separator,
      command('Library', 'navigate-library', 'CmdOrCtrl+1'),
      command('Checklists', 'navigate-checklists', 'CmdOrCtrl+2'),
      command('Books', 'navigate-books', 'CmdOrCtrl+3'),
      separator,
      ...(dev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      // No accelerator: a menu accelerator for '?' would swallow every '?' typed into a text
      // field. The renderer handles the '?' key itself when focus is not in a field.
      command('Keyboard shortcuts', 'shortcuts'),
      ...(mac ? [] : [separator, { role: 'about' } as const]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu];
}
