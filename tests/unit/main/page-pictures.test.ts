// The CLI's `import` offers a saved page the pictures beside it: only from the page's own folder
// and below, never through a symbolic link that leads out, never a file the page does not name,
// and without reading one over the size limit.
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { picturesBeside } from '../../../main/headless/commands/page-pictures.js';

const rules = { pages: ['.html', '.htm'], pictures: ['.png', '.jpg'], maxPictureBytes: 1024, maxPageBytes: 4096 };
let root = '';
let page = '';
const html = new TextEncoder().encode(`<img src="page_files/chart.png"><img src="page_files/Sea%20Map.JPG"><img src="page_files/link.png">
  <img src="page_files/away/far.png"><img src="../secret.png"><img src="page_files/big.png"><img src="page_files/deep/inner.png">`);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'page-pictures-'));
  const saved = path.join(root, 'saved');
  await mkdir(path.join(saved, 'page_files', 'deep'), { recursive: true });
  await mkdir(path.join(root, 'elsewhere'));
  page = path.join(saved, 'page.html');
  await writeFile(page, html);
  await writeFile(path.join(saved, 'page_files', 'chart.png'), 'chart');
  await writeFile(path.join(saved, 'page_files', 'Sea Map.JPG'), 'map');
  await writeFile(path.join(saved, 'page_files', 'deep', 'inner.png'), 'inner');
  await writeFile(path.join(saved, 'page_files', 'unnamed.png'), 'never named by the page');
  await writeFile(path.join(saved, 'page_files', 'big.png'), '');
  await truncate(path.join(saved, 'page_files', 'big.png'), 2048);
  await writeFile(path.join(root, 'secret.png'), 'outside the folder');
  await writeFile(path.join(root, 'elsewhere', 'far.png'), 'outside the folder');
  // Links inside the folder that lead out of it: to a file, and to a folder.
  await symlink(path.join(root, 'secret.png'), path.join(saved, 'page_files', 'link.png'));
  await symlink(path.join(root, 'elsewhere'), path.join(saved, 'page_files', 'away'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('pictures beside a saved page, for the CLI', () => {
  it('offers the pictures the page names from its folder and below, paths led by the folder’s name', async () => {
    const { pagePath, pictures } = await picturesBeside(page, html, rules);
    expect(pagePath).toBe('saved/page.html');
    expect(pictures.map((p) => p.path)).toEqual(['saved/page_files/Sea Map.JPG', 'saved/page_files/big.png', 'saved/page_files/chart.png', 'saved/page_files/deep/inner.png']);
    expect(Buffer.from(pictures.find((p) => p.path.endsWith('chart.png'))!.base64!, 'base64').toString()).toBe('chart');
  });

  it('never follows a symbolic link out of the folder, nor reads a file above it', async () => {
    const { pictures } = await picturesBeside(page, html, rules);
    const offered = pictures.map((p) => (p.base64 ? Buffer.from(p.base64, 'base64').toString() : ''));
    expect(offered).not.toContain('outside the folder');
    expect(pictures.some((p) => /link|away|secret|far/.test(p.path))).toBe(false);
  });

  it('does not read a picture over the limit, and offers nothing for a file that is not a page', async () => {
    const { pictures } = await picturesBeside(page, html, rules);
    expect(pictures.find((p) => p.path.endsWith('big.png'))?.base64).toBeNull();
    expect((await picturesBeside(path.join(root, 'saved', 'notes.md'), html, rules)).pictures).toEqual([]);
  });
});
