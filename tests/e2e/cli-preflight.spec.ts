// The CLI runs the same pre-flight as the app before export-pdf: --json prints the findings with
// the result, --strict refuses to export when there are any (exit 1, no file written).
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['dist/headless/cli.js', ...args], { timeout: 120_000 });

interface Outcome { findings: { kind: string; where: string; message: string }[]; out: string | null; pageCount: number | null }

test('export-pdf lists pre-flight findings; --strict stops on them; --json prints them', async () => {
  test.setTimeout(240_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'chancery-preflight-'));
  try {
    await cli('import', 'tests/fixtures/print/satellite-link.md', '--profile', profile);
    const out = path.join(profile, 'book.pdf');

    const strict = await cli('export-pdf', '--new-book', 'Coastal link', '--briefs', 'all', '--out', out, '--profile', profile, '--json', '--strict')
      .catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(strict).toMatchObject({ code: 1 });
    const refused = JSON.parse((strict as { stdout: string }).stdout) as Outcome;
    expect(refused.out).toBeNull();
    expect(refused.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['no-font', 'no-source']));
    expect(refused.findings.find((f) => f.kind === 'no-font')?.message).toContain('🛰');
    await expect(access(out)).rejects.toThrow();

    const plain = await cli('export-pdf', '--book', 'Coastal link', '--out', out, '--profile', profile);
    expect(plain.stderr).toMatch(/Pre-flight: \d+ findings:/);
    expect(plain.stderr).toContain('[no-font] Satellite Link Talks Reach a Draft');
    expect(plain.stdout).toMatch(/Wrote .*book\.pdf/);

    const json = JSON.parse((await cli('export-pdf', '--book', 'Coastal link', '--out', out, '--profile', profile, '--json')).stdout) as Outcome;
    expect(json.out).toBe(out);
    expect(json.pageCount).toBeGreaterThan(1);
    expect(json.findings.length).toBe(refused.findings.length);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
