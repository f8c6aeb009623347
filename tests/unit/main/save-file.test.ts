import { describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { filtersForName, safeFileName, saveFileWithDialog } from '../../../main/services/save-file.js';
import type { SaveFileDeps } from '../../../main/services/save-file.js';

const bytes = new TextEncoder().encode('fictional backup of the Ruritania desk');

/** In-memory file system recording each call in order. */
function memoryDeps(choice: { canceled: boolean; filePath?: string }) {
  const files = new Map<string, Uint8Array>();
  const calls: string[] = [];
  const deps: SaveFileDeps = {
    showSaveDialog: vi.fn(async () => choice),
    writeFile: async (path, data) => {
      calls.push(`write ${path}`);
      files.set(path, data);
    },
    rename: async (from, to) => {
      calls.push(`rename ${from} -> ${to}`);
      const data = files.get(from);
      if (!data) throw new Error('ENOENT');
      files.delete(from);
      files.set(to, data);
    },
    removeFile: async (path) => {
      calls.push(`remove ${path}`);
      files.delete(path);
    },
  };
  return { deps, files, calls };
}

describe('saveFileWithDialog', () => {
  it('returns null and writes nothing when the user cancels', async () => {
    const { deps, calls } = memoryDeps({ canceled: true });
    expect(await saveFileWithDialog(deps, 'library.zip', bytes, [])).toBeNull();
    expect(calls).toEqual([]);
  });

  it('offers a cleaned name and the filters in the dialog', async () => {
    const { deps } = memoryDeps({ canceled: true });
    const filters = [{ name: 'Chancery backup', extensions: ['zip'] }];
    await saveFileWithDialog(deps, '../../etc/passwd', bytes, filters);
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '-..-etc-passwd', filters });
  });

  it('writes a temporary sibling, then renames it onto the chosen path', async () => {
    const { deps, files, calls } = memoryDeps({ canceled: false, filePath: '/home/desk/library.zip' });
    expect(await saveFileWithDialog(deps, 'library.zip', bytes, [])).toEqual({ path: '/home/desk/library.zip' });
    expect(calls).toHaveLength(2);
    const temporary = calls[0]?.slice('write '.length) ?? '';
    expect(dirname(temporary)).toBe('/home/desk');
    expect(temporary).not.toBe('/home/desk/library.zip');
    expect(calls[1]).toBe(`rename ${temporary} -> /home/desk/library.zip`);
    expect([...files.keys()]).toEqual(['/home/desk/library.zip']);
    expect(files.get('/home/desk/library.zip')).toEqual(bytes);
  });

  it('removes the temporary file and leaves the target alone when writing fails', async () => {
    const { deps, files, calls } = memoryDeps({ canceled: false, filePath: '/home/desk/library.zip' });
    files.set('/home/desk/library.zip', new TextEncoder().encode('previous backup'));
    deps.writeFile = async (path) => {
      calls.push(`write ${path}`);
      throw new Error('disk full');
    };
    await expect(saveFileWithDialog(deps, 'library.zip', bytes, [])).rejects.toThrow('disk full');
    expect(calls[1]).toMatch(/^remove \/home\/desk\/\..*\.tmp$/);
    expect(new TextDecoder().decode(files.get('/home/desk/library.zip'))).toBe('previous backup');
  });

  it('saves real bytes on disk with nothing left behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chancery-save-'));
    try {
      const target = join(dir, 'library.zip');
      const saved = await saveFileWithDialog(
        { showSaveDialog: async () => ({ canceled: false, filePath: target }), writeFile, rename, removeFile: (p) => rm(p, { force: true }) },
        'library.zip',
        bytes,
        [],
      );
      expect(saved).toEqual({ path: target });
      expect(await readFile(target)).toEqual(Buffer.from(bytes));
      expect(await readdir(dir)).toEqual(['library.zip']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('safeFileName', () => {
  it('keeps ordinary names and strips directories, devices and control characters', () => {
    expect(safeFileName('Briefing book — Ruritania.pdf')).toBe('Briefing book — Ruritania.pdf');
    expect(safeFileName('C:\\Windows\\evil.exe')).toBe('C--Windows-evil.exe');
    expect(safeFileName('a\u0000b\nc.pdf')).toBe('a-b-c.pdf');
    expect(safeFileName(' ... ')).toBe('Untitled');
    expect(safeFileName('x'.repeat(500))).toHaveLength(200);
  });

  it('never suggests a Windows device name, with or without an extension', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('NUL.pdf')).toBe('_NUL.pdf');
    expect(safeFileName('com1.tar.gz')).toBe('_com1.tar.gz');
    expect(safeFileName('Lpt9 .chancery')).toBe('_Lpt9 .chancery');
    expect(safeFileName('conout$.txt')).toBe('_conout$.txt');
    // Names that only begin like a device are ordinary.
    expect(safeFileName('Console notes.pdf')).toBe('Console notes.pdf');
    expect(safeFileName('AUXILIARY.pdf')).toBe('AUXILIARY.pdf');
  });

  it('removes right-to-left overrides and other invisible format characters, and every control character', () => {
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('\u2066report\u2069\u200E\u200F\u061C\uFEFF.pdf')).toBe('report.pdf');
    expect(safeFileName('a\u0085b\u2028c.pdf')).toBe('a-b-c.pdf');
    // The joiners inside words and emoji stay.
    expect(safeFileName('می\u200Cخواهم 👩\u200D💻.pdf')).toBe('می\u200Cخواهم 👩\u200D💻.pdf');
  });

  it('cuts long names without splitting a character or leaving a trailing dot', () => {
    const cut = safeFileName('🛳'.repeat(300));
    expect(Array.from(cut)).toHaveLength(200);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(safeFileName(`${'a'.repeat(199)}.pdf`)).toBe('a'.repeat(199));
  });
});

describe('filtersForName', () => {
  it('filters by the suggested extension, or not at all', () => {
    expect(filtersForName('library-2031-05-01.zip', 'Chancery backup')).toEqual([{ name: 'Chancery backup', extensions: ['zip'] }]);
    expect(filtersForName('library', 'Chancery backup')).toEqual([]);
    expect(filtersForName('.hidden', 'Chancery backup')).toEqual([]);
  });
});
