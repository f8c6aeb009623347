import { describe, expect, it, vi } from 'vitest';
import { MAX_OPENED_FILE_BYTES, OpenedFilesRelay, filePathsFromArgv, readOpenedFiles } from '../../../main/services/opened-files.js';

describe('filePathsFromArgv', () => {
  it('skips the program and flags', () => {
    expect(filePathsFromArgv(['/opt/Chancery/chancery', '--no-sandbox', '/home/desk/brief.md', ''], 1)).toEqual(['/home/desk/brief.md']);
    expect(filePathsFromArgv(['electron', '.', 'notes.html'], 2)).toEqual(['notes.html']);
  });
});

describe('readOpenedFiles', () => {
  const disk = new Map<string, Uint8Array>([
    ['/home/desk/brief.md', new TextEncoder().encode('# Fictional brief')],
    ['/home/desk/huge.pdf', new Uint8Array(1)],
  ]);
  const deps = {
    stat: async (path: string) => {
      if (path === '/home/desk') return { size: 0, isFile: () => false };
      if (path === '/home/desk/huge.pdf') return { size: MAX_OPENED_FILE_BYTES + 1, isFile: () => true };
      const data = disk.get(path);
      if (!data) throw new Error('ENOENT');
      return { size: data.byteLength, isFile: () => true };
    },
    readFile: vi.fn(async (path: string) => disk.get(path) ?? new Uint8Array()),
  };

  it('reads regular files as name + bytes and leaves out folders, missing and oversized files', async () => {
    const files = await readOpenedFiles(['/home/desk/brief.md', '/home/desk', '/home/desk/gone.txt', '/home/desk/huge.pdf'], deps);
    expect(files).toEqual([{ name: 'brief.md', bytes: new TextEncoder().encode('# Fictional brief') }]);
    expect(deps.readFile).toHaveBeenCalledTimes(1);
  });
});

describe('OpenedFilesRelay', () => {
  it('holds paths until attached, then delivers each batch as it comes', () => {
    const relay = new OpenedFilesRelay();
    relay.add(['/a.md']);
    relay.add([]);
    relay.add(['/b.md', '/c.md']);
    const deliver = vi.fn();
    relay.attach(deliver);
    expect(deliver.mock.calls).toEqual([[['/a.md', '/b.md', '/c.md']]]);
    relay.add(['/d.md']);
    relay.add([]);
    expect(deliver.mock.calls).toEqual([[['/a.md', '/b.md', '/c.md']], [['/d.md']]]);
  });

  it('delivers nothing on attach when nothing is waiting', () => {
    const deliver = vi.fn();
    new OpenedFilesRelay().attach(deliver);
    expect(deliver).not.toHaveBeenCalled();
  });
});
