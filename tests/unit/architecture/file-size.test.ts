// Rooms of one concern: no source file may grow past 300 lines. A file that long is doing more
// than one thing; split it by concern instead of raising the limit. Message catalogs are exempt:
// they are one long list by nature.
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const MAX_LINES = 300;
/** The app (renderer and main), its build scripts and its tests. */
const SOURCE_ROOTS = ['renderer/src', 'main', 'scripts', 'tests'];
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;
/** A language's message catalog: `ui/i18n/en.ts`, or a catalog file anywhere under `i18n/`. */
const CATALOG = /(^|\/)i18n\/(.+\/)?([a-z]{2,3}(-[A-Za-z0-9]{2,8})?|catalog|messages)\.ts$/;

async function sourceFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(root, rel);
      return SOURCE_FILE.test(entry.name) ? [rel] : [];
    }),
  );
  return nested.flat();
}

const lineCount = (text: string): number => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

/** Every source file under `root` over the limit, with its length, catalogs left out. */
async function oversized(root: string): Promise<string[]> {
  const files = (await Promise.all(SOURCE_ROOTS.map((dir) => sourceFiles(root, dir)))).flat();
  const long = await Promise.all(
    files
      .filter((file) => !CATALOG.test(file))
      .map(async (file) => ({ file, lines: lineCount(await readFile(path.join(root, file), 'utf8')) })),
  );
  return long.filter((f) => f.lines > MAX_LINES).map((f) => `${f.file} (${f.lines} lines)`);
}

describe('file size', () => {
  it(`no source file in ${SOURCE_ROOTS.join(', ')} is over ${MAX_LINES} lines, except message catalogs`, async () => {
    expect(await oversized(process.cwd())).toEqual([]);
  });

  it('reads the app sources it is meant to guard', async () => {
    const files = (await Promise.all(SOURCE_ROOTS.map((dir) => sourceFiles(process.cwd(), dir)))).flat();
    expect(files).toContain('renderer/src/ui/features/reader/brief-reader.ts');
    expect(files).toContain('main/index.ts');
    expect(files.filter((f) => CATALOG.test(f)).sort()).toEqual(['renderer/src/ui/i18n/en.ts', 'renderer/src/ui/i18n/es.ts']);
  });

  describe('on a made-up tree', () => {
    let root = '';
    afterAll(() => rm(root, { recursive: true, force: true }));

    it('reports a file one line over the limit, and not one at the limit or a catalog', async () => {
      root = await mkdtemp(path.join(tmpdir(), 'chancery-size-'));
      const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n';
      await mkdir(path.join(root, 'renderer/src/ui/i18n'), { recursive: true });
      await mkdir(path.join(root, 'main/app'), { recursive: true });
      await mkdir(path.join(root, 'scripts'), { recursive: true });
      await writeFile(path.join(root, 'renderer/src/ui/view.ts'), lines(MAX_LINES + 1));
      await writeFile(path.join(root, 'renderer/src/ui/small.ts'), lines(MAX_LINES));
      await writeFile(path.join(root, 'renderer/src/ui/i18n/fr.ts'), lines(MAX_LINES * 3));
      await writeFile(path.join(root, 'main/app/window.ts'), lines(MAX_LINES + 40));
      await writeFile(path.join(root, 'scripts/build.mjs'), lines(MAX_LINES + 2));
      expect((await oversized(root)).sort()).toEqual([
        `main/app/window.ts (${MAX_LINES + 40} lines)`,
        `renderer/src/ui/view.ts (${MAX_LINES + 1} lines)`,
        `scripts/build.mjs (${MAX_LINES + 2} lines)`,
      ]);
    });
  });
});
