// Passphrase protection from the headless CLI: `protect` turns it on for a profile that already
// holds a brief, after which neither that brief's canary nor one imported later is in any file
// of the profile folder; a protected profile is refused without its passphrase file and with a
// wrong one (nothing changed); backups are encrypted by default and restore with the right
// passphrase only.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';
import { readBackup } from '../../renderer/src/domain/backup/index.js';

const run = promisify(execFile);
type Outcome = { code: number; stdout: string; stderr: string };
const cli = (...args: string[]): Promise<Outcome> =>
  run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 180_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: Outcome) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const FIRST = { file: 'tests/fixtures/protection/pier-survey.md', canary: 'Veldmark-Ostrander', title: 'Pier survey ahead of the ferry talks' };
const SECOND = { file: 'tests/fixtures/protection/grain-quota.md', canary: 'Quillfern-Tassadar', title: 'Grain quota note for the trade desk' };

/** Files under `dir` whose bytes hold any canary, as Chromium may store strings: Latin-1 or UTF-16. */
async function filesHolding(dir: string, canaries: string[]): Promise<string[]> {
  const needles = canaries.flatMap((c) => [Buffer.from(c, 'latin1'), Buffer.from(c, 'utf16le')]);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (needles.some((n) => bytes.includes(n))) found.push(path.relative(dir, file));
  }
  return found;
}

test('protect, then import, backup and restore with --passphrase-file: no canary on disk, wrong passphrases change nothing', async () => {
  test.setTimeout(600_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'chancery-protect-'));
  const profile = path.join(work, 'profile');
  const pass = path.join(work, 'pass.txt');
  const wrong = path.join(work, 'wrong.txt');
  try {
    await writeFile(pass, 'a harbour of quiet lanterns\n');
    await writeFile(wrong, 'a harbour of quiet lanterns!\n');
    await writeFile(path.join(work, 'two-lines.txt'), 'first line\nsecond line\n');

    expect((await cli('import', FIRST.file, '--profile', profile)).code).toBe(0);
    // The control: without protection the canary is on disk, so the scans below can see one.
    expect(await filesHolding(profile, [FIRST.canary])).not.toEqual([]);

    const protect = await cli('protect', '--profile', profile, '--passphrase-file', pass);
    expect(protect.stderr).toBe('');
    expect(protect.code).toBe(0);
    expect(await filesHolding(profile, [FIRST.canary])).toEqual([]);
    expect((await cli('protect', '--profile', profile, '--passphrase-file', pass)).stderr).toContain('already protected');

    // Refused without a passphrase file, with a malformed one (named), and with a wrong one.
    const none = await cli('import', SECOND.file, '--profile', profile);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is protected by a passphrase: pass --passphrase-file');
    const twoLines = await cli('import', SECOND.file, '--profile', profile, '--passphrase-file', path.join(work, 'two-lines.txt'));
    expect(twoLines.code).toBe(2);
    expect(twoLines.stderr).toContain(`--passphrase-file ${path.join(work, 'two-lines.txt')}: the file holds more than one line`);
    const refused = await cli('import', SECOND.file, '--profile', profile, '--passphrase-file', wrong);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The passphrase in ${wrong} does not unlock the profile`);

    // Nothing changed: a plain backup (chosen explicitly, written outside the profile) holds the first brief only.
    const plainFile = path.join(work, 'plain.chancery');
    const plain = await cli('backup', '--out', plainFile, '--profile', profile, '--passphrase-file', pass, '--no-passphrase');
    expect(plain.stderr).toContain('the backup is not encrypted');
    expect((await readBackup(new Uint8Array(await readFile(plainFile)))).tables.briefs.map((b) => b.title)).toEqual([FIRST.title]);

    const imported = await cli('import', SECOND.file, '--profile', profile, '--passphrase-file', pass);
    expect(imported.stdout).toContain(`imported — “${SECOND.title}”`);
    expect(await filesHolding(profile, [FIRST.canary, SECOND.canary])).toEqual([]);

    // Backups are encrypted by default: refused without a passphrase or --no-passphrase.
    const backupFile = path.join(work, 'library.chancery');
    expect((await cli('backup', '--out', backupFile, '--profile', profile)).stderr).toContain('Backups are encrypted: pass --passphrase-file');
    const made = await cli('backup', '--out', backupFile, '--profile', profile, '--passphrase-file', pass);
    expect(made.stdout).toContain('encrypted with the passphrase in');
    const sealed = new Uint8Array(await readFile(backupFile));
    expect(Buffer.from(sealed.subarray(0, 16)).toString('latin1')).toBe('CHANCERY-SEALED\n');
    await expect(readBackup(sealed)).rejects.toThrow('not a Chancery backup');

    // Restored into a new profile with the right passphrase only; a wrong one changes nothing.
    const other = path.join(work, 'other');
    await cli('import', FIRST.file, '--profile', other);
    const bad = await cli('restore', backupFile, '--profile', other, '--backup-passphrase-file', wrong);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('was not restored, and the library is unchanged: The passphrase does not open this file.');
    const check = path.join(work, 'check.chancery');
    await cli('backup', '--out', check, '--profile', other, '--no-passphrase');
    expect((await readBackup(new Uint8Array(await readFile(check)))).tables.briefs.map((b) => b.title)).toEqual([FIRST.title]);
    await rm(check);
    const good = await cli('restore', backupFile, '--profile', other, '--backup-passphrase-file', pass);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('briefs: 2 added');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
