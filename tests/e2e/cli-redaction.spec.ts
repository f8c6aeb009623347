// `export-pdf --redact-file` as staff use it: the file's phrases are redacted from that export
// only, listed in its redaction log by reason, and a file that is not plain text stops the export
// with the file named. Runs the built dist/headless/cli.js.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';
import { allPages } from './support/pdf-tools.js';
import { findLeaks } from './support/pdf-leaks.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 120_000 });
const PHRASES = ['Orsolya Brandt', 'Calder Wharf'];

test('export-pdf --redact-file redacts the file’s phrases from that export and refuses a file that is not text', async () => {
  test.setTimeout(180_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-redact-'));
  try {
    await cli('import', 'tests/fixtures/redaction/fennick-quarry-talks.md', '--profile', profile);
    const list = path.join(profile, 'phrases.txt');
    await writeFile(list, `${PHRASES.join('\n')}\n`);
    const out = path.join(profile, 'book.pdf');
    await cli('export-pdf', '--new-book', 'Quarry visit', '--briefs', 'all', '--marking', '', '--out', out, '--profile', profile, '--redact-file', list);
    expect(await findLeaks(out, PHRASES)).toEqual([]);
    const pages = allPages(out).map((p) => p.replace(/\s+/g, ' '));
    expect(pages.join(' ')).toContain('Fennick Quarry Talks Reach the Berth Question');
    expect(pages.join(' ')).toMatch(/\[Redacted 1: Listed for this export\]/);
    expect(pages.at(-1)).toContain('Redaction log');
    expect(pages.at(-1)).toContain('Listed for this export');

    // Without the file, the same export prints the phrases: the file, not the profile, redacted them.
    const plain = path.join(profile, 'plain.pdf');
    await cli('export-pdf', '--book', 'Quarry visit', '--out', plain, '--profile', profile);
    expect((await findLeaks(plain, PHRASES)).map((l) => l.place)).toContain('text');

    const binary = path.join(profile, 'phrases.bin');
    await writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    const refused = path.join(profile, 'refused.pdf');
    const failed = await cli('export-pdf', '--book', 'Quarry visit', '--out', refused, '--profile', profile, '--redact-file', binary).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain(`--redact-file ${binary}: line 1 holds control characters`);
    expect(existsSync(refused)).toBe(false);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
