// Handling markings from the content up, through the CLI: one brief is SBU, one is unmarked, and
// one paragraph of a third is CUI. `import --json` reports each brief's level; the exported book
// prints "(SBU)" and "(CUI)" before the marked portions, its cover carries the book's level (the
// highest it holds), and each page's top and bottom banner is the highest level printed on that
// page, read back per page with pdftotext. The levels are set in a backup of a profile built from
// original fixtures, then restored, as a colleague's library would arrive. Runs dist/headless/cli.js.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';
import { allPages, renderPages } from './support/pdf-tools.js';
import { packBackup, readBackup } from '../../renderer/src/domain/backup/index.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 180_000 });
const TITLES = {
  lantern: 'Lantern Strait Fisheries Accord Enters Its Final Round',
  meridian: 'Meridian Grid Interconnector Faces Permitting Delays',
  valley: 'Valley Commission Annual Review',
};
/** Banners of the default scheme, lowest first; the unmarked level prints none. */
const BANNERS = ['', 'UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', 'CUI'];
const MARKS = ['', '(U)', '(SBU)', '(CUI)'];
/** The paragraph of the long brief marked CUI: well inside it, so pages before and after it hold none. */
const CUI_PARAGRAPH = 14;

/** The page's lines, without blank ones. */
const lines = (page: string) => page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
/** The highest portion mark printed on a page's text (0 when none). */
const highestMark = (page: string) => Math.max(0, ...MARKS.map((m, rank) => (m && page.includes(m) ? rank : 0)));

test('export-pdf: portion marks, the cover’s level and each page’s banner come from the content on it', async () => {
  test.setTimeout(600_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-markings-'));
  try {
    const { stdout } = await cli('import', 'tests/fixtures/books', '--profile', profile, '--json');
    const imported = JSON.parse(stdout) as { brief?: { title: string; level: { id: string; portion: string; banner: string } } }[];
    // Newly imported briefs are unmarked, and the report says so for each.
    expect(imported.filter((r) => r.brief).map((r) => r.brief!.level)).toEqual(imported.filter((r) => r.brief).map(() => ({ id: 'unmarked', portion: '', banner: '' })));

    const backup = path.join(profile, 'library.chancery');
    await cli('backup', '--out', backup, '--profile', profile, '--no-passphrase');
    const contents = await readBackup(new Uint8Array(await readFile(backup)));
    const briefs = contents.tables.briefs.map((b) =>
      b.title === TITLES.lantern ? { ...b, level: 'sbu' } : b.title === TITLES.valley ? { ...b, portionLevels: { [String(CUI_PARAGRAPH)]: 'cui' } } : b,
    );
    const { appVersion, createdAt } = contents.manifest;
    await writeFile(backup, await packBackup({ ...contents.tables, briefs }, { kind: 'library', appVersion, createdAt, bookId: null }));
    await cli('restore', backup, '--profile', profile);

    // The levels came through the backup: importing the same file again finds the brief and reports its level.
    const again = JSON.parse((await cli('import', 'tests/fixtures/books/lantern-strait-fisheries.md', '--profile', profile, '--json')).stdout) as { status: string; brief?: { level: unknown } }[];
    expect(again.map((r) => [r.status, r.brief?.level])).toEqual([['duplicate', { id: 'sbu', portion: 'SBU', banner: 'SENSITIVE BUT UNCLASSIFIED' }]]);

    const out = path.join(profile, 'marked.pdf');
    await cli('export-pdf', '--new-book', 'Strait round', '--briefs', 'all', '--marking', '', '--out', out, '--profile', profile);
    const pages = allPages(out);
    await test.info().attach('marked.pdf', { path: out, contentType: 'application/pdf' });
    renderPages(out, path.join(test.info().outputDir, 'page'), 1, pages.length);

    // The cover carries the book's level, the highest it holds (the CUI paragraph), as its banner and on the page.
    expect(lines(pages[0]!)[0]).toBe('CUI');
    expect(pages[0]).toMatch(/Handling\s+CUI/);
    // Portion marks before the SBU brief's title and paragraphs, and before the one CUI paragraph only.
    const all = pages.join('\n');
    expect(all.split('(CUI)').length - 1).toBe(1);
    expect(all.split('(SBU)').length - 1).toBeGreaterThan(3);
    expect(all).not.toContain('(U)');

    const banners = pages.map((page, i) => {
      const body = lines(page);
      const top = BANNERS.findIndex((b, rank) => rank > 0 && body[0] === b);
      const bottom = BANNERS.findIndex((b, rank) => rank > 0 && body.at(-1)!.startsWith(`${b} `));
      // The same banner at the top and at the bottom (beside "Page X of Y"), or none at either.
      expect(Math.max(0, bottom), `page ${i + 1}: top and bottom banners`).toBe(Math.max(0, top));
      return Math.max(0, top);
    });
    // A brief's pages: the banner is the highest portion mark printed on that page. (A page that
    // only continues a portion from the page before has no mark of its own; none does here.)
    const pageWith = (re: RegExp) => pages.findIndex((p) => re.test(p));
    const first = pageWith(/^\s*Contents\s*$/m) + 1;
    const last = pageWith(/^\s*Checklist\s*$/m) - 1;
    expect(first).toBeGreaterThan(0);
    expect(pages.slice(first, last + 1).join('\n')).toContain(TITLES.valley);
    for (let i = first; i <= last; i++) expect(banners[i], `page ${i + 1}`).toBe(highestMark(pages[i]!));
    // Unmarked, SBU and CUI pages each occur among them.
    expect(new Set(banners.slice(first, last + 1))).toEqual(new Set([0, 2, 3]));
    // Pages made from the briefs carry the highest level of what they list: the contents and
    // sources list the SBU brief's title; the summary quotes the briefs, so it holds the book's level.
    expect(banners[pageWith(/^\s*Contents\s*$/m)]).toBe(2);
    expect(banners[pageWith(/^\s*Sources\s*$/m)]).toBe(2);
    expect(banners[pageWith(/^\s*Summary for the principal\s*$/m)]).toBe(3);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
