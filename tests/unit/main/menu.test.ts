import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../main/app/menu.js';
import { MENU_COMMANDS } from '../../../main/common/ipc-contract.js';
import type { MenuCommand } from '../../../main/common/ipc-contract.js';

/** Every item of the template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const topLabels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role);

function byLabel(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

/** Clicks an item the way Electron would and returns what it sent. */
function click(items: MenuItemConstructorOptions[], label: string, send: ReturnType<typeof vi.fn>): MenuCommand | undefined {
  send.mockClear();
  const item = byLabel(items, label);
  (item.click as () => void)();
  return send.mock.calls.at(-1)?.[0] as MenuCommand | undefined;
}

describe('buildMenuTemplate on Windows and Linux', () => {
  const send = vi.fn();
  const template = buildMenuTemplate(send, 'linux');

  it('has File, Edit, View, Window and Help menus', () => {
    expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it.each([
    ['Import…', 'CmdOrCtrl+O', 'import'],
    ['Import Folder…', 'CmdOrCtrl+Shift+O', 'import-folder'],
    ['Export PDF…', 'CmdOrCtrl+P', 'export-pdf'],
    ['Back up library…', undefined, 'backup'],
    ['Lock Now', 'CmdOrCtrl+L', 'lock'],
    ['Settings…', 'CmdOrCtrl+,', 'settings'],
    ['Find…', 'CmdOrCtrl+F', 'find'],
    ['Search…', 'CmdOrCtrl+K', 'search'],
    ['Library', 'CmdOrCtrl+1', 'navigate-library'],
    ['Checklists', 'CmdOrCtrl+2', 'navigate-checklists'],
    ['Books', 'CmdOrCtrl+3', 'navigate-books'],
    ['Keyboard shortcuts', undefined, 'shortcuts'],
  ] as const)('"%s" (%s) sends %s', (label, accelerator, command) => {
    expect(byLabel(template, label).accelerator).toBe(accelerator);
    expect(click(template, label, send)).toBe(command);
  });

  it('reaches every menu command the contract declares', () => {
    const sent = new Set(
      flatten(template)
        .filter((item) => item.click)
        .map((item) => click(template, item.label ?? '', send)),
    );
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('ends the File menu with Quit and keeps About in Help', () => {
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('quit');
    const help = template.at(-1)?.submenu as MenuItemConstructorOptions[];
    expect(help.map((item) => item.role)).toContain('about');
  });

  it('has no reload or developer tools outside development', () => {
    const roles = flatten(template).map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'undo', 'paste', 'selectAll']));
  });

  it('adds reload and developer tools in development', () => {
    const roles = flatten(buildMenuTemplate(send, 'win32', { dev: true })).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('uses only accelerators that do not swallow typed characters', () => {
    for (const item of flatten(template)) {
      if (item.accelerator) expect(String(item.accelerator)).toMatch(/^CmdOrCtrl\+/);
    }
  });
});

describe('buildMenuTemplate on macOS', () => {
  const send = vi.fn();
  const template = buildMenuTemplate(send, 'darwin');

  it('starts with the app menu holding About, Settings and Quit', () => {
    expect(topLabels(template)).toEqual(['Chancery', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.role ?? item.label)).toEqual(
      expect.arrayContaining(['about', 'Settings…', 'hide', 'quit']),
    );
    expect(click(template, 'Settings…', send)).toBe('settings');
  });

  it('closes the window from File instead of quitting, and lists Settings once', () => {
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('close');
    expect(flatten(template).filter((item) => item.role === 'quit')).toHaveLength(1);
    expect(flatten(template).filter((item) => item.label === 'Settings…')).toHaveLength(1);
  });
});
