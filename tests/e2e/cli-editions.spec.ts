// Tailored editions through the CLI: `export-pdf --all-editions` writes one PDF per edition, named
// after it, each holding exactly the briefs its edition chose, "Edition: <name>" on every page,
// and its own extra redaction phrase gone while the full book still prints it. The editions are
// added to a backup of a profile built from original fixtures, then restored, as a colleague's
// library would arrive. Runs the built dist/headless/cli.js.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';
import { allPages } from './support/pdf-tools.js';
import { findLeaks } from './support/pdf-leaks.js';
import { packBackup, readBackup } from '../../renderer/src/domain/backup/index.js';
import type { Edition } from '../../renderer/src/domain/types.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 180_000 });
const TITLES = {
  lantern: 'Lantern Strait Fisheries Accord Enters Its Final Round',
  meridian: 'Meridian Grid Interconnector Faces Permitting Delays',
  valley: 'Valley Commission Annual Review',
};
const PHRASE = 'Calder Isles';
const flat = (s: string) => s.replace(/\s+/g, ' ');

test('export-pdf --all-editions: one PDF per edition, exactly its briefs, its name on every page, its redactions applied', async () => {
  test.setTimeout(600_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-editions-'));
  try {
    await cli('import', 'tests/fixtures/books', '--profile', profile);
    const full = path.join(profile, 'full.pdf');
    await cli('export-pdf', '--new-book', 'Strait round', '--briefs', 'all', '--marking', '', '--out', full, '--profile', profile);

    // Two editions added to the book in a backup of the profile, then restored over it.
    const backup = path.join(profile, 'library.chancery');
    await cli('backup', '--out', backup, '--profile', profile, '--no-passphrase');
    const contents = await readBackup(new Uint8Array(await readFile(backup)));
    const idOf = (title: string) => contents.tables.briefs.find((b) => b.title === title)!.id;
    const editions: Edition[] = [
      { id: 'ed-minister', name: 'Minister', briefIds: [idOf(TITLES.lantern), idOf(TITLES.meridian)], sections: [], includeNotes: true, includeItems: true, extraRedactions: [PHRASE] },
      { id: 'ed-press', name: 'Press / Public', briefIds: [idOf(TITLES.valley)], sections: [], includeNotes: false, includeItems: false, extraRedactions: [] },
    ];
    const books = contents.tables.books.map((b) => ({ ...b, editions }));
    const { appVersion, createdAt } = contents.manifest;
    await writeFile(backup, await packBackup({ ...contents.tables, books }, { kind: 'library', appVersion, createdAt, bookId: null }));
    await cli('restore', backup, '--profile', profile);

    const dir = path.join(profile, 'editions');
    await cli('export-pdf', '--book', 'Strait round', '--all-editions', '--out-dir', dir, '--profile', profile);
    // Named after the book and the edition, with the slash that no file name may hold taken out.
    expect((await readdir(dir)).sort()).toEqual(['Strait round - Minister.pdf', 'Strait round - Press Public.pdf']);

    const minister = allPages(path.join(dir, 'Strait round - Minister.pdf')).map(flat);
    const press = allPages(path.join(dir, 'Strait round - Press Public.pdf')).map(flat);
    for (const page of minister) expect(page).toContain('Edition: Minister');
    for (const page of press) expect(page).toContain('Edition: Press / Public');
    expect(minister.join(' ')).toContain(TITLES.lantern);
    expect(minister.join(' ')).toContain(TITLES.meridian);
    expect(minister.join(' ')).not.toContain(TITLES.valley);
    expect(press.join(' ')).toContain(TITLES.valley);
    expect(press.join(' ')).not.toContain(TITLES.lantern);
    expect(press.join(' ')).not.toContain(TITLES.meridian);
    // No text of a left-out brief either, not only its title.
    expect(press.join(' ')).not.toContain('Orrin Bay');

    // The edition's phrase is nowhere in its PDF (text, metadata, outline, tags, bytes), and the
    // full book, which has no such rule, still prints it: the edition redacted it.
    expect(await findLeaks(path.join(dir, 'Strait round - Minister.pdf'), [PHRASE])).toEqual([]);
    expect((await findLeaks(full, [PHRASE])).map((l) => l.place)).toContain('text');
    expect(allPages(full).map(flat).join(' ')).not.toContain('Edition:');
    // Kept with the test's results, to be looked at.
    await test.info().attach('minister.pdf', { path: path.join(dir, 'Strait round - Minister.pdf'), contentType: 'application/pdf' });
    await test.info().attach('press.pdf', { path: path.join(dir, 'Strait round - Press Public.pdf'), contentType: 'application/pdf' });

    // One edition by name (case ignored) to a file of the user's choosing.
    const one = path.join(profile, 'press.pdf');
    await cli('export-pdf', '--book', 'Strait round', '--edition', 'press / public', '--out', one, '--profile', profile);
    expect(allPages(one).map(flat).join(' ')).toContain('Edition: Press / Public');

    // An unknown edition stops with its name and the book's editions listed, and writes nothing.
    const none = path.join(profile, 'none.pdf');
    const failed = await cli('export-pdf', '--book', 'Strait round', '--edition', 'Embassy', '--out', none, '--profile', profile).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('The book "Strait round" has no edition named "Embassy". Its editions: "Minister", "Press / Public".');
    expect(existsSync(none)).toBe(false);
    const misuse = await cli('export-pdf', '--book', 'Strait round', '--all-editions', '--out', none, '--profile', profile).catch((e: { code: number; stderr: string }) => e);
    expect(misuse).toMatchObject({ code: 2 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
