// `export-pdf --redact-file`: a small UTF-8 text file, one phrase a line; anything else is refused
// with the file named, before any export starts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REDACT_FILE_BYTES, readRedactFile } from '../../../main/headless/commands/redact-file.js';
import { CliError, EXIT } from '../../../main/headless/commands/command.js';
import { parseExportArgs } from '../../../main/headless/commands/export-pdf.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'redact-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const at = path.join(dir, name);
  await writeFile(at, content);
  return at;
}

async function refusal(at: string): Promise<CliError> {
  const error = await readRedactFile(at).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).exitCode).toBe(EXIT.usage);
  expect((error as CliError).message).toContain(path.resolve(at));
  return error as CliError;
}

describe('readRedactFile', () => {
  it('reads one phrase a line, trimmed, skipping blank lines, a BOM and Windows line ends', async () => {
    const at = await file('ok.txt', '\uFEFFOrsolya Brandt\r\n\r\n  Calder Wharf  \nFQ-3318\n');
    expect(await readRedactFile(at)).toEqual(['Orsolya Brandt', 'Calder Wharf', 'FQ-3318']);
  });

  it('refuses what is not a small text file of phrases, naming the file and why', async () => {
    expect((await refusal(path.join(dir, 'missing.txt'))).message).toMatch(/no such file/);
    expect((await refusal(dir)).message).toMatch(/not a file/);
    expect((await refusal(await file('big.txt', 'x'.repeat(MAX_REDACT_FILE_BYTES + 1)))).message).toMatch(/at most 262144 bytes/);
    expect((await refusal(await file('latin1.txt', new Uint8Array([0x4e, 0xe9, 0x0a])))).message).toMatch(/not UTF-8 text/);
    expect((await refusal(await file('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).message).toMatch(/line 1 holds control characters/);
    expect((await refusal(await file('short.txt', 'Calder Wharf\nX\n'))).message).toMatch(/line 2 is too short/);
    expect((await refusal(await file('long.txt', 'y'.repeat(501)))).message).toMatch(/line 1 is longer than 500/);
    expect((await refusal(await file('empty.txt', '\n  \n'))).message).toMatch(/lists no phrases/);
  });

  it('is an option of export-pdf for both kinds of export', () => {
    expect(parseExportArgs(['--book', 'B', '--out', 'o.pdf', '--profile', 'p', '--redact-file', 'r.txt']).redactFile).toBe('r.txt');
    expect(parseExportArgs(['--new-book', 'B', '--briefs', 'all', '--out', 'o.pdf', '--profile', 'p']).redactFile).toBeUndefined();
  });
});
