// The headless CLI as staff use it overnight: import a folder, read the JSON, import again (the
// second run sees the first), compose and export a book. Runs the built dist/headless/cli.js.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 120_000 });

test('import --json, a second run on the same profile, and export-pdf --new-book', async () => {
  test.setTimeout(180_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-cli-'));
  // Another program on the headless origin's port must not stop the command: the bundle is
  // answered inside the browser, not by a loopback server.
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(4311, '127.0.0.1', resolve).once('error', () => resolve()));
  try {
    const first = await cli('import', 'assets/sample', '--profile', profile, '--json');
    const reports = JSON.parse(first.stdout) as { name: string; status: string; brief?: { title: string; topics: string[]; origins: { title?: string }; topicEvidence: { topic: string; terms: string[] }[]; suggestedItems: { text: string; sourceDate: string | null; reason: string | null; quote: string }[] } }[];
    expect(reports.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'imported']);
    const harbour = reports.find((r) => r.name === '01-harbour-corridor.md')!.brief!;
    expect(harbour.title).toBe('Harbour Corridor Talks Yield a Customs Timetable');
    expect(harbour.topics).toContain('trade');
    // A Markdown file's front matter names its title: found, not guessed; each topic says why.
    expect(harbour.origins.title).toBe('found');
    expect(harbour.topicEvidence.find((t) => t.topic === 'trade')?.terms.length).toBeGreaterThan(0);
    const pilot = harbour.suggestedItems.find((i) => i.text.startsWith('Pilot the shared electronic window'));
    expect(pilot?.sourceDate).toBe('Q3 2031');
    expect(pilot?.reason).toBe('schedule');
    expect(pilot?.quote).toContain('Pilot the shared electronic window at North Gate');

    const second = await cli('import', 'assets/sample/02-river-compact.md', '--profile', profile);
    expect(second.stdout).toContain('skipped: already in the library');
    expect(second.stdout).toContain('0 imported, 0 updated, 1 duplicate, 0 failed.');

    const out = path.join(profile, 'book.pdf');
    const exported = await cli('export-pdf', '--new-book', 'Overnight book', '--briefs', 'all', '--marking', 'FOR OFFICIAL USE ONLY', '--out', out, '--profile', profile);
    expect(exported.stdout).toMatch(/Wrote .*book\.pdf \(\d+ pages\)/);
    const { stdout: text } = await run('pdftotext', ['-layout', out, '-']);
    expect(text).toContain('Overnight book');
    expect(text).toContain('FOR OFFICIAL USE ONLY');
    expect(text).toContain('The Tessel River Compact at Five Years');

    const missing = await cli('export-pdf', '--book', 'No such book', '--out', out, '--profile', profile).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1 });
    expect((missing as { stderr: string }).stderr).toContain('No book with the id or title "No such book"');
  } finally {
    squatter.close();
    await rm(profile, { recursive: true, force: true });
  }
});
