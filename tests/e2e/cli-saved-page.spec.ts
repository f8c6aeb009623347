// The headless CLI imports a page saved with its pictures: the pictures beside it are kept in the
// brief; a reference that climbs out of the page's folder, or a link inside it that leads out,
// stays alt text with a note. Runs the built dist/headless/cli.js.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';
import { makePng } from '../support/image-files.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 120_000 });
const WORDS = 'The fictional weir board of Ostmark set out when the sluices open during the spring melt and who is told first. ';

test('import keeps a saved page’s pictures from its own folder, and nothing from outside it', async () => {
  test.setTimeout(120_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'chancery-cli-page-'));
  try {
    const saved = path.join(root, 'saved');
    await mkdir(path.join(saved, 'weir_files'), { recursive: true });
    await writeFile(path.join(saved, 'weir_files', 'Sluice Gates.png'), makePng(200, 100));
    await writeFile(path.join(root, 'outside.png'), makePng(120, 60));
    await symlink(path.join(root, 'outside.png'), path.join(saved, 'weir_files', 'linked.png'));
    await writeFile(
      path.join(saved, 'weir.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sluice Openings in the Melt</title></head><body><article>
<h1>Sluice Openings in the Melt</h1><p>${WORDS.repeat(3)}</p>
<p><img src="weir_files/Sluice%20Gates.png" alt="The sluice gates"></p><p>${WORDS}</p>
<p><img src="../outside.png" alt="Above the folder"></p><p><img src="weir_files/linked.png" alt="Linked from elsewhere"></p><p>${WORDS.repeat(2)}</p>
</article></body></html>`,
    );
    const { stdout } = await cli('import', path.join(saved, 'weir.html'), '--profile', path.join(root, 'profile'), '--json');
    const [report] = JSON.parse(stdout) as { status: string; brief?: { markdown: string } }[];
    expect(report?.status).toBe('imported');
    const markdown = report!.brief!.markdown;
    expect(markdown).toMatch(/!\[The sluice gates\]\(<chancery-image:[a-z0-9-]{36}>\)/);
    expect(markdown).toContain('![Above the folder](<chancery-image:not-included>)');
    expect(markdown).toContain('![Linked from elsewhere](<chancery-image:not-included>)');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
